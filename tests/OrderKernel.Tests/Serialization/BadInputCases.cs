namespace OrderKernel.Tests.Serialization;

/// <summary>Bad inputs for the command reader: (name, JSON, expected kind, expected path).</summary>
internal static class BadInputCases
{
    private const string Pay = """{"type":"confirm-payment.v1","amount":{"amount":"51000.00","currency":"USD"},"remitter":"ACME","instrument":"TelegraphicTransfer","reference":"TT-1","receivedAt":"2026-03-02T01:00:30Z","idempotencyKey":null}""";

    private const string Receive = """{"type":"receive-order.v1","orderId":"ord-1","customer":{"id":"c-1","name":"ACME","tier":"Ordinary"},"channel":"Email","priority":"Normal","currency":"USD","lines":[{"id":"10","product":"TV","specification":"55in","quantity":{"value":"2000","unit":"pcs"},"unitPrice":{"amount":"85.00","currency":"USD"},"requestedDate":null,"isNewProduct":false,"isNonStandard":false}],"requestedDeliveryDate":"2026-06-30","timeZoneId":"Asia/Shanghai","qualityRequirements":"AQL 1.0","paymentTerms":null,"idempotencyKey":null}""";

    private const string Ship = """{"type":"ship.v1","carrier":"COSCO","carrierIdentity":"ID-REF-0001","waybill":"WB-1","documents":["invoice"],"lines":[],"idempotencyKey":null}""";

    /// <summary>A text of a million characters (a "megabyte-long bad value"), still under the command reader's limit.</summary>
    public static readonly string Megabyte = new('x', 1_000_000);

    public static string Valid(string which) => which switch
    {
        "pay" => Pay,
        "ship" => Ship,
        _ => Receive,
    };

    private static string Nested(int depth) => """{"type":"record-order.v1","sequence":""" + new string('[', depth) + new string(']', depth) + "}";

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
        ("no discriminator", """{"sequence":1}""", "UnknownDiscriminator", "$.type"),
        ("unknown discriminator", """{"type":"teleport-order.v1","sequence":1}""", "UnknownDiscriminator", "$.type"),
        ("unknown version", """{"type":"record-order.v9","sequence":1}""", "UnknownDiscriminator", "$.type"),
        ("discriminator not a string", """{"type":7,"sequence":1}""", "UnknownDiscriminator", "$.type"),
        ("event discriminator given to the command reader", """{"type":"order-recorded.v1","orderNumber":"SO-1","sequence":1}""", "UnknownDiscriminator", "$.type"),

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

        // strict text (issue 20, class 4): exact enum names, exact digits, no null items, well-formed Unicode
        ("enum in lower case", Pay.Replace("\"TelegraphicTransfer\"", "\"telegraphictransfer\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum in upper case", Pay.Replace("\"TelegraphicTransfer\"", "\"TELEGRAPHICTRANSFER\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum with one letter's case flipped", Pay.Replace("\"TelegraphicTransfer\"", "\"Telegraphictransfer\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum with a leading space", Pay.Replace("\"TelegraphicTransfer\"", "\" TelegraphicTransfer\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum with a trailing space", Pay.Replace("\"TelegraphicTransfer\"", "\"TelegraphicTransfer \"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum flags joined by a comma", Pay.Replace("\"TelegraphicTransfer\"", "\"LetterOfCredit, BankAcceptanceBill\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum flags joined without a space", Pay.Replace("\"TelegraphicTransfer\"", "\"LetterOfCredit,BankAcceptanceBill\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum as a number in text", Pay.Replace("\"TelegraphicTransfer\"", "\"3\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum as an undefined number in text", Pay.Replace("\"TelegraphicTransfer\"", "\"7\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum as a negative number in text", Pay.Replace("\"TelegraphicTransfer\"", "\"-1\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum as an empty text", Pay.Replace("\"TelegraphicTransfer\"", "\"\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("enum in a list in lower case", Receive.Replace("\"paymentTerms\":null", "\"paymentTerms\":{\"instrument\":\"telegraphicTransfer\",\"installments\":[]}", StringComparison.Ordinal), "WrongType", "$.paymentTerms.instrument"),
        ("amount with 29 significant digits rounded by decimal", Pay.Replace("\"51000.00\"", "\"51000.000000000000000000000000001\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount beyond decimal's range", Pay.Replace("\"51000.00\"", "\"79228162514264337593543950336.00\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount with 30 integer digits", Pay.Replace("\"51000.00\"", "\"123456789012345678901234567890\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount with a plus sign", Pay.Replace("\"51000.00\"", "\"+51000.00\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount with a leading zero", Pay.Replace("\"51000.00\"", "\"051000.00\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount with a leading space", Pay.Replace("\"51000.00\"", "\" 51000.00\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount without integer digits", Pay.Replace("\"51000.00\"", "\".50\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount ending in a point", Pay.Replace("\"51000.00\"", "\"51000.\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("amount with a thousands separator", Pay.Replace("\"51000.00\"", "\"51,000.00\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("quantity with 30 significant digits", Receive.Replace("\"value\":\"2000\"", "\"value\":\"2000.00000000000000000000000001\"", StringComparison.Ordinal), "InvalidValue", "$.lines[0].quantity"),
        ("unit price with 29 decimal places", Receive.Replace("\"amount\":\"85.00\"", "\"amount\":\"85.00000000000000000000000000001\"", StringComparison.Ordinal), "InvalidValue", "$.lines[0].unitPrice"),
        ("percentage with 29 decimal places", """{"type":"report-progress.v1","complete":"30.00000000000000000000000000001","note":"x","idempotencyKey":null}""", "InvalidValue", "$.complete"),
        ("null document in a list", Ship.Replace("[\"invoice\"]", "[\"invoice\",null]", StringComparison.Ordinal), "MissingValue", "$.documents[1]"),
        ("null line item among others", Receive.Replace("}],\"requested", "},null],\"requested", StringComparison.Ordinal), "MissingValue", "$.lines[1]"),
        ("null shipped line", Ship.Replace("\"lines\":[]", "\"lines\":[null]", StringComparison.Ordinal), "MissingValue", "$.lines[0]"),
        ("escaped lone high surrogate in a text", Pay.Replace("\"remitter\":\"ACME\"", "\"remitter\":\"AC\\ud800ME\"", StringComparison.Ordinal), "InvalidValue", "$.remitter"),
        ("escaped lone low surrogate in a text", Pay.Replace("\"remitter\":\"ACME\"", "\"remitter\":\"\\udc00ACME\"", StringComparison.Ordinal), "InvalidValue", "$.remitter"),
        ("escaped surrogates in the wrong order", Pay.Replace("\"remitter\":\"ACME\"", "\"remitter\":\"\\udc00\\ud800\"", StringComparison.Ordinal), "InvalidValue", "$.remitter"),
        ("escaped lone surrogate in a list item", Ship.Replace("[\"invoice\"]", "[\"inv\\ud800\"]", StringComparison.Ordinal), "InvalidValue", "$.documents[0]"),
        ("escaped lone surrogate in a money member", Pay.Replace("\"currency\":\"USD\"", "\"currency\":\"US\\ud800\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("escaped lone surrogate in an instant", Pay.Replace("2026-03-02T01:00:30Z", "2026-03-02T01:00:30\\ud800", StringComparison.Ordinal), "InvalidValue", "$.receivedAt"),
        ("raw lone surrogate in the text", Pay.Replace("\"remitter\":\"ACME\"", "\"remitter\":\"AC\uD800ME\"", StringComparison.Ordinal), "InvalidValue", "$"),
        ("raw lone low surrogate at the end", Pay + "\uDC00", "InvalidValue", "$"),
        ("text as a number", Pay.Replace("\"remitter\":\"ACME\"", "\"remitter\":5", StringComparison.Ordinal), "WrongType", "$.remitter"),

        // sizes (issue 20, class 7): refused before typed reading
        ("5 MB document", Pay.Replace("\"TT-1\"", "\"" + new string('7', 5_000_000) + "\"", StringComparison.Ordinal), "TooLarge", "$"),
        ("depth 1000 nesting", Nested(1000), "TooLarge", "$"),
        ("depth 65 nesting", Nested(65), "TooLarge", "$"),

        // a megabyte-long bad value: the error quotes a short prefix only
        ("megabyte-long instant", Pay.Replace("\"2026-03-02T01:00:30Z\"", "\"" + Megabyte + "\"", StringComparison.Ordinal), "InvalidValue", "$.receivedAt"),
        ("megabyte-long enum name", Pay.Replace("\"TelegraphicTransfer\"", "\"" + Megabyte + "\"", StringComparison.Ordinal), "WrongType", "$.instrument"),
        ("megabyte-long amount", Pay.Replace("\"51000.00\"", "\"" + new string('9', 1_000_000) + "\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("megabyte-long currency", Pay.Replace("\"currency\":\"USD\"", "\"currency\":\"" + Megabyte + "\"", StringComparison.Ordinal), "InvalidValue", "$.amount"),
        ("megabyte-long member name in money", Pay.Replace("\"currency\":\"USD\"}", "\"currency\":\"USD\",\"" + Megabyte + "\":\"1\"}", StringComparison.Ordinal), "UnknownProperty", "$.amount"),
        ("megabyte-long unknown property", "{\"type\":\"record-order.v1\",\"sequence\":1,\"" + Megabyte + "\":true}", "UnknownProperty", "$." + Megabyte[..40] + "…"),
        ("megabyte-long discriminator", "{\"type\":\"" + Megabyte + "\",\"sequence\":1}", "UnknownDiscriminator", "$.type"),
        ("megabyte-long order id", Receive.Replace("\"orderId\":\"ord-1\"", "\"orderId\":\"" + Megabyte + "\"", StringComparison.Ordinal), "InvalidValue", "$.orderId"),
    ];
}
