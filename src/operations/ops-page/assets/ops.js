// The operations page (/ops): the organization's initiations, their progress, outcomes,
// exclusions and failed batches, and a campaign's stats — read only from the public API
// (/api/v1/…) with the API key the person signed in with. The key lives only in this tab's
// sessionStorage; every value from the API reaches the page as text (textContent), never as HTML.

const KEY_ITEM = 'outreach.ops.apiKey';
const API = '/api/v1';
const LIVE_STATUSES = new Set(['queued', 'running', 'scheduled']);
/** While an initiation runs; while only outcomes are still coming in; otherwise. */
const POLL_LIVE_MS = 2000;
const POLL_OUTCOMES_MS = 5000;
const POLL_IDLE_MS = 15000;
const POLL_OFFLINE_MS = 5000;
const LIST_LIMIT = 20;
const SVG_NS = 'http://www.w3.org/2000/svg';

const $ = (id) => document.getElementById(id);

const state = {
  key: null,
  /** The initiation whose details are shown. */
  selected: null,
  timer: undefined,
  /** Bumped at sign-in and sign-out: an answer to an older session's request is dropped. */
  session: 0,
  refreshing: false,
  again: false,
  campaigns: new Map(),
  campaignsLoaded: false,
  /** initiationId → its table row's parts. */
  rows: new Map(),
  /** initiationId → last status seen (a live → final change refreshes the campaign's stats). */
  statuses: new Map(),
};

class ApiError extends Error {
  constructor(status, message, retryAfterS) {
    super(message);
    this.status = status;
    this.retryAfterS = retryAfterS;
  }
}

function describeError(status, body) {
  const said = body && typeof body.message === 'string' ? body.message : '';
  if (status === 401) {
    return 'The API key was not accepted (401 Unauthorized). Check the key and sign in again.';
  }
  if (status === 403) return `Not allowed (403)${said ? `: ${said}` : ''}.`;
  if (status === 404) return `Not found (404)${said ? `: ${said}` : ''}.`;
  if (status === 429) {
    return `Too many requests (429)${said ? `: ${said}` : ''}. The page waits before asking again.`;
  }
  if (status >= 500) return `The service failed (${status})${said ? `: ${said}` : ''}. Retrying.`;
  return `The request failed (${status})${said ? `: ${said}` : ''}.`;
}

/** GET a public API route with the key; the envelope's body, or an ApiError with a readable message. */
async function api(path, key = state.key) {
  let res;
  try {
    res = await fetch(API + path, {
      headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, 'The service could not be reached (network error). Retrying in a few seconds.');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok || !body || body.success === false) {
    const retryAfter = Number(res.headers.get('Retry-After'));
    throw new ApiError(res.status, describeError(res.status, body), Number.isFinite(retryAfter) ? retryAfter : 0);
  }
  return body;
}

function showAlert(message) {
  const alert = $('alert');
  alert.textContent = message;
  alert.hidden = false;
}

function clearAlert() {
  const alert = $('alert');
  alert.textContent = '';
  alert.hidden = true;
}

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const svg = (tag, attrs = {}) => {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
};

const words = (key) => key.replace(/_/g, ' ');
const percent = (ratio) => `${Math.round(ratio * 1000) / 10}%`;
const utc = (iso) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '');

/**
 * How far the first round got: the customers handled (initiated or failed, the live counters of
 * GET /initiations) of those selected. Customers excluded at dispatch are counted when the
 * initiation ends, so a live one shows at most 99 and an ended one 100.
 */
function progressOf(initiation) {
  if (!LIVE_STATUSES.has(initiation.status)) return 100;
  const selected = initiation.customersSelected;
  if (!selected) return 0;
  const handled = initiation.initiated + initiation.failed;
  return Math.min(99, Math.floor((100 * handled) / selected));
}

/** A horizontal bar chart in SVG: one row per [key, count]; each bar carries data-key/data-value. */
function barChart(figure, entries, emptyText) {
  for (const old of figure.querySelectorAll('svg, p')) old.remove();
  const caption = figure.querySelector('figcaption').textContent;
  if (entries.length === 0) {
    figure.append(el('p', 'muted', emptyText));
    return;
  }
  const row = 24;
  const labelWidth = 130;
  const barWidth = 260;
  const width = labelWidth + barWidth + 60;
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${entries.length * row + 4}`,
    role: 'img',
    'aria-label': `${caption}: ${entries.map(([k, n]) => `${words(k)} ${n}`).join(', ')}`,
  });
  entries.forEach(([key, count], i) => {
    const y = i * row + 4;
    const group = svg('g', { class: 'bar', 'data-key': key, 'data-value': count });
    const label = svg('text', { x: 0, y: y + 13 });
    label.textContent = words(key);
    group.append(label);
    group.append(svg('rect', { class: 'bar-track', x: labelWidth, y, width: barWidth, height: 16, rx: 2 }));
    const filled = count === 0 ? 0 : Math.max(2, Math.round((barWidth * count) / max));
    group.append(svg('rect', { class: 'bar-fill', x: labelWidth, y, width: filled, height: 16, rx: 2 }));
    const value = svg('text', { x: labelWidth + barWidth + 8, y: y + 13 });
    value.textContent = String(count);
    group.append(value);
    chart.append(group);
  });
  figure.append(chart);
}

// ---- the initiations table -------------------------------------------------------------

function newRow(initiation) {
  const id = initiation.initiationId;
  const tr = el('tr');
  tr.dataset.initiationId = id;
  const pick = el('button', 'pick', id);
  pick.type = 'button';
  pick.addEventListener('click', () => select(id));
  const first = el('td');
  first.append(pick);
  const bar = el('div', 'progress');
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-label', `Progress of ${id}`);
  const fill = el('div', 'progress-fill');
  bar.append(fill);
  const barText = el('span', 'progress-text');
  const progressCell = el('td');
  const wrap = el('div', 'progress-cell');
  wrap.append(bar, barText);
  progressCell.append(wrap);
  const cells = {
    campaign: el('td'),
    channel: el('td'),
    status: el('td'),
    selected: el('td', 'num'),
    initiated: el('td', 'num'),
    failed: el('td', 'num'),
    excluded: el('td', 'num'),
    created: el('td'),
  };
  tr.append(
    first,
    cells.campaign,
    cells.channel,
    cells.status,
    progressCell,
    cells.selected,
    cells.initiated,
    cells.failed,
    cells.excluded,
    cells.created,
  );
  return { tr, pick, bar, fill, barText, cells };
}

function updateRow(row, initiation) {
  const progress = progressOf(initiation);
  row.bar.setAttribute('aria-valuenow', String(progress));
  const handled = initiation.initiated + initiation.failed;
  row.bar.setAttribute(
    'aria-valuetext',
    `${progress}%: ${handled} of ${initiation.customersSelected} customers handled, ${initiation.status}`,
  );
  row.fill.style.width = `${progress}%`;
  row.barText.textContent = `${progress}%`;
  const campaign = state.campaigns.get(initiation.campaignId);
  row.cells.campaign.textContent = campaign ? campaign.name : initiation.campaignId;
  row.cells.channel.textContent = initiation.channel;
  row.cells.status.textContent = initiation.status;
  row.cells.status.className = `status status-${initiation.status}`;
  row.cells.selected.textContent = String(initiation.customersSelected);
  row.cells.initiated.textContent = String(initiation.initiated);
  row.cells.failed.textContent = String(initiation.failed);
  row.cells.excluded.textContent = String(initiation.excluded);
  row.cells.created.textContent = utc(initiation.createdAt);
  const chosen = initiation.initiationId === state.selected;
  row.tr.setAttribute('aria-current', String(chosen));
  row.pick.setAttribute('aria-pressed', String(chosen));
}

function renderInitiations(list) {
  const tbody = $('initiations').querySelector('tbody');
  const seen = new Set();
  for (const initiation of list) {
    const id = initiation.initiationId;
    seen.add(id);
    let row = state.rows.get(id);
    if (!row) {
      row = newRow(initiation);
      state.rows.set(id, row);
    }
    updateRow(row, initiation);
    tbody.append(row.tr); // in the list's order (newest first)
  }
  for (const [id, row] of state.rows) {
    if (!seen.has(id)) {
      row.tr.remove();
      state.rows.delete(id);
    }
  }
  $('initiations').hidden = list.length === 0;
  $('initiations-empty').hidden = list.length > 0;
}

// ---- one initiation's details ----------------------------------------------------------

function renderDetail(status) {
  $('detail').hidden = false;
  $('detail').dataset.initiationId = status.initiationId;
  $('detail-id').textContent = status.initiationId;
  const r = status.results;
  $('detail-summary').textContent =
    `${status.channel}, ${status.status}: ${r.initiated} initiated and ${r.failed} failed of ` +
    `${r.customersSelected} selected (${r.totalMatched} matched, ${r.excluded.total} excluded), ` +
    `${r.batchesProcessed} batches processed.`;
  barChart($('outcomes-chart'), Object.entries(status.outcomes ?? {}), 'No outcomes yet.');
  barChart($('exclusions-chart'), Object.entries(r.excluded.byReason), 'No exclusions.');
  const tbody = $('batch-errors').querySelector('tbody');
  tbody.replaceChildren(
    ...r.errors.map((e) => {
      const tr = el('tr');
      tr.append(
        el('td', 'num', String(e.batch)),
        el('td', '', e.error),
        el('td', '', e.reason),
        el('td', 'num', String(e.affectedCustomers)),
      );
      return tr;
    }),
  );
  $('batch-errors').hidden = r.errors.length === 0;
  $('no-batch-errors').hidden = r.errors.length > 0;
}

function select(id) {
  state.selected = id;
  for (const [rowId, row] of state.rows) {
    row.tr.setAttribute('aria-current', String(rowId === id));
    row.pick.setAttribute('aria-pressed', String(rowId === id));
  }
  void refresh();
}

// ---- campaigns and their stats ---------------------------------------------------------

async function loadCampaigns(key) {
  const body = await api('/campaigns?limit=100', key);
  state.campaigns = new Map(body.data.map((c) => [c.id, c]));
  state.campaignsLoaded = true;
  const picker = $('campaign-picker');
  const chosen = picker.value;
  picker.replaceChildren(new Option('Choose a campaign', ''));
  for (const c of body.data) picker.append(new Option(c.name, c.id));
  if (state.campaigns.has(chosen)) picker.value = chosen;
}

async function loadStats() {
  const id = $('campaign-picker').value;
  if (!id) {
    $('stats').hidden = true;
    return;
  }
  const session = state.session;
  try {
    const body = await api(`/campaigns/${encodeURIComponent(id)}/stats`);
    if (session !== state.session || $('campaign-picker').value !== id) return;
    const { calls, sms } = body.data;
    $('stats').hidden = false;
    $('stats').dataset.campaignId = id;
    $('calls-summary').textContent =
      `${calls.attempts} calls initiated, contact rate ${percent(calls.contactRate)}` +
      (calls.avgDurationSec === null ? '.' : `, average duration ${calls.avgDurationSec} s.`);
    barChart($('calls-chart'), Object.entries(calls.byOutcome), 'No calls.');
    const tbody = $('dispositions').querySelector('tbody');
    tbody.replaceChildren(
      ...calls.byDisposition.map((d) => {
        const tr = el('tr');
        tr.append(el('td', '', d.name), el('td', 'num', String(d.count)));
        return tr;
      }),
    );
    $('dispositions').hidden = calls.byDisposition.length === 0;
    $('sms-summary').textContent = `${sms.attempts} messages initiated, delivery rate ${percent(sms.deliveryRate)}.`;
    barChart($('sms-chart'), Object.entries(sms.byOutcome), 'No messages.');
  } catch (error) {
    if (session === state.session) handleError(error);
  }
}

// ---- polling ---------------------------------------------------------------------------

function filterQuery() {
  const params = new URLSearchParams({ limit: String(LIST_LIMIT) });
  if ($('status-filter').value) params.set('status', $('status-filter').value);
  if ($('channel-filter').value) params.set('channel', $('channel-filter').value);
  return params.toString();
}

function schedule(ms) {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => void refresh(), ms);
}

/** Returns how long to wait before the next poll, or undefined when signed out. */
function handleError(error) {
  if (!(error instanceof ApiError)) {
    showAlert(`Something went wrong in the page: ${error && error.message ? error.message : String(error)}`);
    return POLL_IDLE_MS;
  }
  if (error.status === 401) {
    signOut(error.message);
    return undefined;
  }
  showAlert(error.message);
  if (error.status === 429) return Math.max(POLL_LIVE_MS, error.retryAfterS * 1000);
  if (error.status === 0) return POLL_OFFLINE_MS;
  return POLL_IDLE_MS;
}

/** One poll: the list, then the chosen initiation; the next poll is sooner while anything runs. */
async function refresh() {
  if (!state.key) return;
  if (state.refreshing) {
    state.again = true;
    return;
  }
  state.refreshing = true;
  clearTimeout(state.timer);
  const session = state.session;
  let wait = POLL_IDLE_MS;
  try {
    if (!state.campaignsLoaded) await loadCampaigns();
    const list = (await api(`/initiations?${filterQuery()}`)).data;
    if (session !== state.session) return;
    if (!state.selected && list.length > 0) state.selected = list[0].initiationId;
    renderInitiations(list);
    let live = list.some((i) => LIVE_STATUSES.has(i.status));
    const finished = list.filter(
      (i) => LIVE_STATUSES.has(state.statuses.get(i.initiationId) ?? '') && !LIVE_STATUSES.has(i.status),
    );
    for (const i of list) state.statuses.set(i.initiationId, i.status);
    if (state.selected) {
      try {
        const detail = (await api(`/initiations/${encodeURIComponent(state.selected)}`)).data;
        if (session !== state.session) return;
        renderDetail(detail);
        live = live || LIVE_STATUSES.has(detail.status);
        if (!live && detail.outcomes && detail.outcomes.pending > 0) wait = POLL_OUTCOMES_MS;
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 404) throw error;
        state.selected = null;
        $('detail').hidden = true;
      }
    }
    if (live) wait = POLL_LIVE_MS;
    clearAlert();
    $('updated').textContent = `Updated ${new Date().toLocaleTimeString()}${live ? ', refreshing every 2 s' : ''}`;
    if (finished.some((i) => i.campaignId === $('campaign-picker').value)) void loadStats();
  } catch (error) {
    if (session !== state.session) return;
    wait = handleError(error);
  } finally {
    if (session === state.session) state.refreshing = false;
  }
  if (session !== state.session || wait === undefined) return;
  if (state.again) {
    state.again = false;
    void refresh();
    return;
  }
  schedule(wait);
}

// ---- session ---------------------------------------------------------------------------

function resetDashboard() {
  clearTimeout(state.timer);
  state.refreshing = false;
  state.again = false;
  state.selected = null;
  state.campaigns = new Map();
  state.campaignsLoaded = false;
  state.statuses = new Map();
  for (const row of state.rows.values()) row.tr.remove();
  state.rows.clear();
  $('initiations').hidden = true;
  $('initiations-empty').hidden = true;
  $('detail').hidden = true;
  $('stats').hidden = true;
  $('campaign-picker').replaceChildren(new Option('Choose a campaign', ''));
  $('updated').textContent = '';
}

function showSignedIn(signedIn) {
  $('sign-in-section').hidden = signedIn;
  $('dashboard').hidden = !signedIn;
  $('session').hidden = !signedIn;
}

function signOut(message) {
  state.session++;
  state.key = null;
  sessionStorage.removeItem(KEY_ITEM);
  resetDashboard();
  showSignedIn(false);
  $('api-key').value = '';
  if (message) showAlert(message);
  else clearAlert();
  $('api-key').focus();
}

/** Checks the key against the API (the campaigns list, which the picker needs anyway), then keeps it. */
async function signIn(key, kept = false) {
  const session = ++state.session;
  const button = $('sign-in-button');
  button.disabled = true;
  try {
    await loadCampaigns(key);
    if (session !== state.session) return;
    state.key = key;
    sessionStorage.setItem(KEY_ITEM, key);
    $('api-key').value = '';
    clearAlert();
    showSignedIn(true);
    await refresh();
  } catch (error) {
    if (session !== state.session) return;
    if (kept && error instanceof ApiError && error.status !== 401) {
      // The key this tab signed in with, and the service is busy or away: stay signed in and retry.
      state.key = key;
      showSignedIn(true);
      schedule(handleError(error));
      return;
    }
    sessionStorage.removeItem(KEY_ITEM);
    showSignedIn(false);
    showAlert(error instanceof ApiError ? error.message : String(error));
  } finally {
    button.disabled = false;
  }
}

function start() {
  $('sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) {
      showAlert('Enter an API key to sign in.');
      return;
    }
    void signIn(key);
  });
  $('sign-out').addEventListener('click', () => signOut());
  $('refresh').addEventListener('click', () => {
    void refresh();
    void loadStats();
  });
  for (const id of ['status-filter', 'channel-filter']) $(id).addEventListener('change', () => void refresh());
  $('campaign-picker').addEventListener('change', () => void loadStats());
  const kept = sessionStorage.getItem(KEY_ITEM);
  if (kept) void signIn(kept, true);
  else showSignedIn(false);
}

start();
