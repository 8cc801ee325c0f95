namespace OrderKernel.Tests.Serialization;

/// <summary>Bad inputs for the command reader: (name, JSON, expected kind, expected path).</summary>
internal static class BadInputCases
{
    private const string Pay = """{"type":"confirm-payment.v1","amount":{"amount":"51000.00","currency":"USD"},"remitter":"ACME","instrument":"TelegraphicTransfer","reference":"TT-1","receivedAt":"2026-03-02T01:00:30Z","idempotencyKey":null}""";

    private const string Receive = """{"type":"receive-order.v1","orderId":"ord-1","customer":{"id":"c-1","name":"ACME","tier":"Ordinary"},"channel":"Email","priority":"Normal","currency":"USD","lines":[{"id":"10","product":"TV","specification":"55in","quantity":{"value":"2000","unit":"pcs"},"unitPrice":{"amount":"85.00","currency":"USD"},"requestedDate":null,"isNewProduct":false,"isNonStandard":false}],"requestedDeliveryDate":"2026-06-30","timeZoneId":"Asia/Shanghai","qualityRequirements":"AQL 1.0","paymentTerms":null,"idempotencyKey":null}""";

    public static string Valid(string which) => which == "pay" ? Pay : Receive;

    public static readonly (string Name, string Json, string Kind, string Path)[] All =
    [
        // malformed JSON
        ("empty text", "", "MalformedJson", "$"),
        ("not JSON", "hello", "MalformedJson", "$"),
        ("truncated object", Pay[..40], "MalformedJson", "$"),
        ("trailing comma", Pay.Replace("\"idempotencyKey\":null}", "\"idempotencyKey\":null,}", StringComparison.Ordinal), "MalformedJson", "$"),
        ("single quotes", "{'type':'record-order.v1','sequence':1}", "MalformedJson", "$"),
        ("two documents", """{"type":"record-order.v1","sequence":1}{}""", "MalformedJson", "$"),
        ("comment", """{"type":"record-order.v1",/*x*/"sequence":1}""", "MalformedJson", "$"),
        ("unquoted name", """{type:"record-order.v1"}""", "MalformedJson", "$"),
        ("root null", "null", "MissingValue", "$"),
        ("root array", "[]", "WrongType", "$"),
        ("root string", "\"record-order.v1\"", "WrongType", "$"),

        // discriminators
        ("no discriminator", """{"sequence":1}""", "UnknownDiscriminator", "$"),
        ("unknown discriminator", """{"type":"teleport-order.v1","sequence":1}""", "UnknownDiscriminator", "$"),
        ("unknown version", """{"type":"record-order.v9","sequence":1}""", "UnknownDiscriminator", "$"),
        ("discriminator not a string", """{"type":7,"sequence":1}""", "UnknownDiscriminator", "$"),
        ("event discriminator given to the command reader", """{"type":"order-recorded.v1","orderNumber":"SO-1","sequence":1}""", "UnknownDiscriminator", "$"),

        // unknown and duplicate properties
        ("unknown property", """{"type":"record-order.v1","sequence":1,"extra":true}""", "UnknownProperty", "$.extra"),
        ("kind is not part of the shape", """{"type":"record-order.v1","sequence":1,"kind":"RecordOrder"}""", "UnknownProperty", "$.kind"),
        ("unknown property in money", Pay.Replace("\"currency\":\"USD\"}", "\"currency\":\"USD\",\"rate\":\"1\"}", StringComparison.Ordinal), "UnknownProperty", "$.amount"),
        ("duplicate property", """{"type":"record-order.v1","sequence":1,"sequence":2}""", "DuplicateProperty", "$.sequence"),
        ("duplicate discriminator", """{"type":"record-order.v1","type":"record-order.v1","sequence":1}""", "DuplicateProperty", "$.type"),
        ("duplicate in money", Pay.Replace("\"amount\":\"51000.00\",", "\"amount\":\"51000.00\",\"amount\":\"1.00\",", StringComparison.Ordinal), "DuplicateProperty", "$.amount"),

        // missing values
        ("missing sequence", """{"type":"record-order.v1"}""", "MissingValue", "$"),
        ("null reference", Pay.Replace("\"reference\":\"TT-1\"", "\"reference\":null", StringComparison.Ordinal), "MissingValue", "$.reference"),
        ("missing currency in money", Pay.Replace(",\"currency\":\"USD\"}", "}", StringComparison.Ordinal), "MissingValue", "$.amount"),
        ("null line", Receive.Replace("\"lines\":[{", "\"lines\":[null,{", StringComparison.Ordinal), "MissingValue", "$.lines[0]"),
        ("missing customer", Receive.Replace("\"customer\":{\"id\":\"c-1\",\"name\":\"ACME\",\"tier\":\"Ordinary\"},", "", StringComparison.Ordinal), "MissingValue", "$"),

        // wrong JSON types
        ("sequence as string", """{"type":"record-order.v1","sequence":"1"}""", "WrongType", "$.sequence"),
        ("sequence as fraction", """{"type":"record-order.v1","sequence":1.5}""", "WrongType", "$.sequence"),
        ("amount as number", Pay.Replace("\"amount\":\"51000.00\"", "\"amount\":51000.00", StringComparison.Ordinal), "WrongType", "$.amount"),
        ("money as string", Pay.Replace("{\"amount\":\"51000.00\",\"currency\":\"USD\"}", "\"51000.00 USD\"", StringComparison.Ordinal), "WrongType", "$.amount"),
        ("instant as number", Pay.Replace("\"2026-03-02T01:00:30Z\"", "1772413230", StringComparison.Ordinal), "WrongType", "$.receivedAt"),
        ("enum as number", Pay.Replace("\"TelegraphicTransfer\"", "0", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("unknown enum name", Pay.Replace("\"TelegraphicTransfer\"", "\"Bitcoin\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("lines as object", Receive.Replace("\"lines\":[", "\"lines\":{\"x\":", StringComparison.Ordinal).Replace("}],\"requested", "}},\"requested", StringComparison.Ordinal), "WrongType", "$.lines"),
        ("boolean as string", Receive.Replace("\"isNewProduct\":false", "\"isNewProduct\":\"no\"", StringComparison.Ordinal), "WrongType", "$.lines[0].isNewProduct"),

        // values that parse but break domain rules
        ("unknown currency", Pay.Replace("\"currency\":\"USD\"", "\"currency\":\"XYZ\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("too many decimals", Pay.Replace("\"51000.00\"", "\"51000.005\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("decimals for JPY", Pay.Replace("\"51000.00\",\"currency\":\"USD\"", "\"51000.50\",\"currency\":\"JPY\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount not a number", Pay.Replace("\"51000.00\"", "\"lots\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount with exponent", Pay.Replace("\"51000.00\"", "\"5.1E4\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("impossible instant", Pay.Replace("2026-03-02T01:00:30Z", "2026-02-30T01:00:30Z", StringComparison.Ordinal), "InvalidValue", "$.receivedAt"),
        ("instant without zone", Pay.Replace("2026-03-02T01:00:30Z", "2026-03-02T01:00:30", StringComparison.Ordinal), "InvalidValue", "$.receivedAt"),
        ("impossible date", Receive.Replace("2026-06-30", "2026-06-31", StringComparison.Ordinal), "InvalidValue", "$.requestedDeliveryDate"),
        ("date in another format", Receive.Replace("2026-06-30", "30/06/2026", StringComparison.Ordinal), "InvalidValue", "$.requestedDeliveryDate"),
        ("negative quantity", Receive.Replace("\"value\":\"2000\"", "\"value\":\"-5\"", StringComparison.Ordinal), "InvalidValue", "$.lines[0].quantity"),
        ("zero quantity", Receive.Replace("\"value\":\"2000\"", "\"value\":\"0\"", StringComparison.Ordinal), "InvalidValue", "$.lines[0]"),
        ("negative unit price", Receive.Replace("\"amount\":\"85.00\"", "\"amount\":\"-85.00\"", StringComparison.Ordinal), "InvalidValue", "$.lines[0]"),
        ("blank order id", Receive.Replace("\"orderId\":\"ord-1\"", "\"orderId\":\"  \"", StringComparison.Ordinal), "InvalidValue", "$.orderId"),
        ("blank customer name", Receive.Replace("\"name\":\"ACME\"", "\"name\":\"\"", StringComparison.Ordinal), "InvalidValue", "$.customer"),
        ("unit with spaces", Receive.Replace("\"unit\":\"pcs\"", "\"unit\":\"big box\"", StringComparison.Ordinal), "InvalidValue", "$.lines[0].quantity"),
        ("negative percentage", """{"type":"report-progress.v1","complete":"-5","note":"x","idempotencyKey":null}""", "InvalidValue", "$.complete"),
        ("terms not summing to 100", Receive.Replace("\"paymentTerms\":null", "\"paymentTerms\":{\"instrument\":\"TelegraphicTransfer\",\"installments\":[{\"name\":\"deposit\",\"share\":\"30\",\"due\":\"OnContract\",\"days\":0}]}", StringComparison.Ordinal), "InvalidValue", "$.paymentTerms"),
        ("negative duration text", """{"type":"report-production-exception.v1","description":"x","expectedDelay":"soon","idempotencyKey":null}""", "InvalidValue", "$.expectedDelay"),
    ];
}
