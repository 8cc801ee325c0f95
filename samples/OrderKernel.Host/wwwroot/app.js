// The OrderKernel host's page: plain JavaScript over the HTTP API, no build chain.
// Everything it shows (buttons, reasons, deadlines, penalty, statement) is the kernel's answer; the page decides nothing.
'use strict';

const templates = {
  ReceiveOrder: { orderId: 'ord-new-0001', customer: { id: 'c-pacific', name: 'Pacific Retail Ltd', tier: 'Ordinary' }, channel: 'Email', priority: 'Normal', currency: 'USD', lines: [{ id: '10', product: 'TV-55-UHD', specification: '55" UHD', quantity: { value: '100', unit: 'pcs' }, unitPrice: { amount: '85.00', currency: 'USD' }, requestedDate: null, isNewProduct: false, isNonStandard: false, tolerance: null }], requestedDeliveryDate: '2026-06-30', timeZoneId: 'Asia/Shanghai', qualityRequirements: 'AQL 1.0', paymentTerms: null, aql: 1.0 },
  RecordOrder: { sequence: 1 },
  SignReview: { department: 'Sales', verdict: 'Approve', comments: '', workingTimeNeeded: '0:02:00:00', findings: [] },
  PrepareQuotation: { sequence: 1, prices: [{ line: '10', unitPrice: { amount: '85.00', currency: 'USD' }, discount: '0' }], validUntil: '2026-12-31' },
  ReviseQuotation: { prices: [{ line: '10', unitPrice: { amount: '85.00', currency: 'USD' }, discount: '0' }], validUntil: '2026-12-31', reason: '' },
  ApproveQuotation: { level: 'DepartmentHead', comments: 'approved' },
  SignContract: { sequence: 1 },
  ConfirmPayment: { amount: { amount: '0.00', currency: 'USD' }, remitter: '', instrument: 'TelegraphicTransfer', reference: '', receivedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') },
  ReleaseToProduction: { plannedCompletion: '2026-12-31' },
  SendSample: { units: 1, note: '' },
  ApproveSample: { comments: 'approved' },
  CompleteStep: { step: 'Packed', note: '' },
  ReportProgress: { complete: '50', note: '' },
  ReportProductionException: { description: '', expectedDelay: '1:00:00:00' },
  RecordInspection: { grade: 'First', lotSize: 100, defectsFound: 0, notes: 'AQL 1.0 sampling plan', priceReduction: null },
  Ship: { carrier: '', carrierIdentity: '', waybill: '', documents: ['commercial invoice', 'packing list'], lines: [] },
  ConfirmDelivery: { receivedBy: '', receivedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') },
  AssessDelayPenalty: { asOf: new Date().toISOString().slice(0, 10), responsibleParties: [] },
  RecordRefund: { amount: { amount: '0.00', currency: 'USD' }, reference: '', reason: '' },
  SubmitChangeRequest: { changeId: 'CR-1', proposal: { kind: 'Specification', line: '10', newQuantity: null, newUnitPrice: null, newDeliveryDate: null, newLine: null, area: 'Software', newSpecification: '', newPaymentTerms: null }, reason: '' },
  AssessChangeRequest: { changeId: 'CR-1' },
  ApproveChangeRequest: { changeId: 'CR-1', comments: '' },
  RecordChangeTest: { changeId: 'CR-1', passed: true, notes: '' },
  ConfirmChangeByCustomer: { changeId: 'CR-1' },
  ApplyChangeRequest: { changeId: 'CR-1' },
  PlaceHold: { reason: '' },
  CancelOrder: { reason: '' },
};

let commandTypes = {}; // kind -> the kernel's JSON discriminator (GET /command-types, OrderKernelJson.DiscriminatorOf)
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const main = document.getElementById('main');
const userSelect = document.getElementById('user');

async function api(path, options) {
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  const text = await response.text();
  return { ok: response.ok, status: response.status, body: text ? JSON.parse(text) : null };
}

function describeProblem(p) {
  const lines = [`${p.status} ${p.title}: ${p.detail ?? ''}`];
  for (const v of p.violations ?? []) lines.push(`${v.code} [${v.rule}]: ${v.message}`);
  if (p.kind) lines.push(`${p.kind} at ${p.path}`);
  if (p.currentVersion !== undefined) lines.push(`current version ${p.currentVersion}`);
  return lines.join('\n');
}

async function loadUsers() {
  const { body } = await api('/users');
  const current = document.cookie.match(/(?:^|; )ok-user=([^;]*)/)?.[1] ?? body[0]?.id;
  userSelect.innerHTML = body.map(u => `<option value="${esc(u.id)}" ${u.id === current ? 'selected' : ''}>${esc(u.name)} — ${esc(u.roles.join(', '))}</option>`).join('');
  document.cookie = `ok-user=${encodeURIComponent(userSelect.value)}; path=/; SameSite=Strict`;
  userSelect.addEventListener('change', () => {
    document.cookie = `ok-user=${encodeURIComponent(userSelect.value)}; path=/; SameSite=Strict`;
    route();
  });
}

async function showList() {
  const { ok, body } = await api('/orders');
  if (!ok) { main.innerHTML = `<div class="problem">${esc(describeProblem(body))}</div>`; return; }
  main.innerHTML = `<h1>Orders</h1>
    <table id="orders"><thead><tr><th>Order</th><th>Number</th><th>Customer</th><th>Status</th><th>Version</th><th>Service level</th></tr></thead><tbody>
    ${body.map(o => `<tr><td><a href="#/orders/${encodeURIComponent(o.id)}">${esc(o.id)}</a></td><td>${esc(o.orderNumber ?? '')}</td><td>${esc(o.customer)}</td><td>${esc(o.status)}</td><td>${o.version}</td><td class="${esc(o.serviceLevel)}">${esc(o.serviceLevel)}</td></tr>`).join('')}
    </tbody></table>
    <h2>New order</h2><div id="new-order"></div>`;
  commandForm(document.getElementById('new-order'), null, 'ReceiveOrder');
}

function commandForm(container, orderId, kind, version) {
  const body = { type: commandTypes[kind], ...(templates[kind] ?? {}) };
  container.innerHTML = `<form id="command-form"><h3>${esc(kind)}</h3>
    <textarea name="json" aria-label="Command JSON">${esc(JSON.stringify(body, null, 2))}</textarea>
    <button type="submit" id="submit-command">Submit ${esc(kind)}</button> <button type="button" id="cancel-command">Cancel</button></form>`;
  container.querySelector('#cancel-command').onclick = () => { container.innerHTML = ''; };
  container.querySelector('form').onsubmit = async ev => {
    ev.preventDefault();
    const json = container.querySelector('textarea').value;
    let target = orderId;
    if (!target) { try { target = JSON.parse(json).orderId; } catch { target = 'unknown'; } }
    await submit(target, json, version);
  };
}

async function submit(orderId, json, version) {
  const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() };
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  const { ok, body } = await api(`/orders/${encodeURIComponent(orderId)}/commands`, { method: 'POST', headers, body: json });
  sessionStorage.setItem('outcome', ok ? JSON.stringify({ ok: true, text: `accepted: version ${body.version}, ${body.status}; ${body.events.join(', ')}` }) : JSON.stringify({ ok: false, text: describeProblem(body) }));
  if (location.hash === `#/orders/${encodeURIComponent(orderId)}`) route(); else location.hash = `#/orders/${encodeURIComponent(orderId)}`;
}

async function showOrder(id) {
  const [order, events] = await Promise.all([api(`/orders/${encodeURIComponent(id)}`), api(`/orders/${encodeURIComponent(id)}/events`)]);
  if (!order.ok) { main.innerHTML = `<div class="problem">${esc(describeProblem(order.body))}</div>`; return; }
  const o = order.body;
  const outcome = JSON.parse(sessionStorage.getItem('outcome') ?? 'null');
  sessionStorage.removeItem('outcome');
  const permitted = new Set(o.permittedKinds);
  main.innerHTML = `<h1 id="order-title">${esc(o.id)} <small>${esc(o.orderNumber ?? '')}</small></h1>
    <p>${esc(o.customer)} — <strong id="status">${esc(o.status)}</strong>, version <span id="version">${o.version}</span>,
       service level <span class="${esc(o.serviceLevel)}" id="service-level">${esc(o.serviceLevel)}</span></p>
    ${outcome ? `<div id="outcome" class="${outcome.ok ? 'ok' : 'problem'}">${esc(outcome.text)}</div>` : ''}
    <h2>What ${esc(o.actor.name)} can do now</h2>
    <div id="commands">${o.commands.map(c => {
      const enabled = permitted.has(c.kind);
      const first = c.reasons[0];
      const reason = enabled ? '' : first ? `${c.prerequisite ? `Needs ${c.prerequisite} first: ` : ''}${first.message} (${first.code}, ${first.rule})` : 'not permitted';
      return `<button type="button" data-kind="${esc(c.kind)}" ${enabled ? '' : 'disabled'} title="${esc(reason)}">${esc(c.kind)}</button>`;
    }).join('')}</div>
    <p class="hint">Disabled buttons show the kernel's first reason as their tooltip.</p>
    <div id="form"></div>
    <h2>Deadlines</h2>
    <table id="deadlines"><thead><tr><th>Step</th><th>Limit</th><th>Started</th><th>Due</th><th>Done</th><th>State</th></tr></thead><tbody>
    ${o.deadlines.map(d => `<tr class="${d.breached ? 'breach' : d.state === 'AtRisk' ? 'at-risk' : ''}"><td>${esc(d.step)}</td><td>${d.limitHours} h ${esc(d.basis)}</td><td>${esc(d.startedAt)}</td><td>${esc(d.dueAt)}</td><td>${esc(d.completedAt ?? '—')}</td><td>${esc(d.state)}${d.overdueMinutes > 0 ? `, ${d.overdueMinutes} min over` : ''}</td></tr>`).join('')}
    </tbody></table>
    ${o.notices.length ? `<h2>Reminders</h2><ul id="notices">${o.notices.map(n => `<li>${esc(n.recordedAt)}: ${esc(n.step)} ${esc(n.state)} (due ${esc(n.dueAt)})</li>`).join('')}</ul>` : ''}
    ${o.penalty ? `<h2>Delay penalty</h2><p>Contract date ${esc(o.penalty.contractDate)}, completed ${esc(o.penalty.completionDate)}: ${o.penalty.daysLate} day(s) late, ${o.penalty.chargeableDays} chargeable; penalty <strong>${esc(o.penalty.amount)}</strong></p>
      <table id="penalty"><tbody>${o.penalty.trace.map(t => `<tr><td>${esc(t.step)}</td><td>${t.amount}</td><td>${t.points ? `${t.points} point(s)` : ''}</td></tr>`).join('')}</tbody></table>` : ''}
    ${o.statement ? `<h2>Settlement statement</h2><table id="statement"><tbody>${o.statement.lines.map(l => `<tr><td>${esc(l.description)}</td><td>${esc(l.amount)}</td><td class="hint">${esc(l.sources.join('; '))}</td></tr>`).join('')}
      <tr><th>Amount due</th><th>${esc(o.statement.amountDue)}</th><th>${esc(o.statement.standing)}</th></tr></tbody></table>` : ''}
    <h2>Timeline</h2>
    <table id="timeline"><thead><tr><th>#</th><th>At</th><th>By</th><th>Event</th></tr></thead><tbody>
    ${(events.body ?? []).map(e => `<tr><td>${e.version}</td><td>${esc(e.at)}</td><td>${esc(e.by)}</td><td>${esc(e.type)}</td></tr>`).join('')}
    </tbody></table>`;
  for (const button of main.querySelectorAll('#commands button')) {
    button.onclick = () => {
      const kind = button.dataset.kind;
      if (templates[kind]) commandForm(document.getElementById('form'), o.id, kind, o.version);
      else submit(o.id, JSON.stringify({ type: commandTypes[kind] }), o.version);
    };
  }
}

function route() {
  const m = location.hash.match(/^#\/orders\/(.+)$/);
  if (m) showOrder(decodeURIComponent(m[1])); else showList();
}

window.addEventListener('hashchange', route);
Promise.all([loadUsers(), api('/command-types').then(r => { commandTypes = r.body; })]).then(route);
