/*
 * 审计记录：Cockpit 前端插件（Camunda 7.24 的插件接口），ORG-2 谁在何时做了什么。
 * Registered in customScripts of scripts/config.js; Cockpit import()s this module before it starts and registers
 * each plugin of the default export:
 *   - cockpit.navigation: the header menu entry 审计记录 (label key QIJIN_AUDIT in ../locales/zh.json);
 *   - cockpit.route: the page #/qijin-audit (optional ?from=&to=&actor=&unitCode=&action=&campaignId=
 *     &processInstanceId= to open it filtered);
 *   - cockpit.processInstance.runtime.tab: a tab 审计记录 on a running process instance's page.
 * Data: GET /api/audit, /api/audit/actions and /api/campaigns (cn.qijin.audit, cn.qijin.campaign) with the Cockpit
 * login's session; the Excel export is a plain link to /api/audit/export.xlsx with the shown list's filters.
 * Refused filters show the server's Chinese message. Times are shown in Asia/Shanghai whatever the browser's
 * zone. Every text reaches the page through text nodes or setAttribute, never as HTML.
 */

import {
  API, apiCaller, clear, el, ensureStyles, instanceLink, navigationPlugin, pagePlugin, routeQuery, searchParams,
  shanghaiParts, viewPlugin
} from './qijin-common.js';

const ROUTE = '/qijin-audit';
const STYLE_ID = 'qijin-audit-styles';
const PAGE_SIZES = [10, 20, 50, 100, 200];
const DEFAULT_PAGE_SIZE = 50;
const TAB_SIZE = 200; // the server's largest page
const FILTERS = ['from', 'to', 'actor', 'unitCode', 'action', 'campaignId', 'processInstanceId'];
const call = apiCaller('没有权限查看审计记录（仅限活动办公室和领导小组）');

const STYLES = `
.qj-audit { padding: 15px 20px 40px; font-size: 14px; color: #333; }
.qj-audit h1 { font-size: 24px; margin: 0 0 4px; }
.qj-audit-subtitle { color: #666; margin-bottom: 12px; }
.qj-audit-filter { display: flex; flex-wrap: wrap; gap: 10px 20px; align-items: flex-end; margin: 10px 0 14px;
  padding: 12px 14px; background: #f7f7f7; border: 1px solid #e3e3e3; border-radius: 3px; }
.qj-audit-filter label { display: flex; flex-direction: column; font-weight: normal; margin: 0; font-size: 13px; }
.qj-audit-filter input, .qj-audit-filter select { margin-top: 3px; min-width: 150px; }
.qj-audit-filter input[name='processInstanceId'] { min-width: 260px; }
.qj-audit-buttons { display: flex; gap: 8px; }
.qj-audit-message { padding: 10px 14px; border-radius: 3px; background: #f5f5f5; margin: 8px 0; }
.qj-audit-message.qj-audit-error-text { background: #f2dede; color: #a94442; }
.qj-audit-bar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.qj-audit-bar .qj-audit-summary { margin-right: auto; }
.qj-audit-bar select { display: inline-block; width: auto; margin: 0 4px; }
table.qj-audit-table { border-collapse: collapse; width: 100%; }
.qj-audit-table th, .qj-audit-table td { border: 1px solid #ddd; padding: 5px 8px; vertical-align: top; font-size: 13px; }
.qj-audit-table th { background: #f7f7f7; white-space: nowrap; }
.qj-audit-table td.qj-audit-time { white-space: nowrap; font-family: monospace; }
.qj-audit-table td.qj-audit-action { white-space: nowrap; }
.qj-audit-table td.qj-audit-detail { max-width: 420px; word-break: break-all; }
.qj-audit-task { display: block; }
.qj-audit-ended { color: #777; }
.qj-audit-table button.btn-link { padding: 0; font-size: 12px; border: 0; vertical-align: baseline; }
.qj-audit-tab { padding: 6px 0; }
`;

// ---- times and links

// "2017-09-25T02:00:00Z" -> "2017-09-25 10:00:00" (Beijing time)
function shanghaiTime(instant) {
  const parts = shanghaiParts(instant);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

function auditPageLink(filters) {
  const q = query(filters).toString();
  return '#' + ROUTE + (q ? '?' + q : '');
}

// ---- data

// the filters in FILTERS order, blank ones left out; extra: paging, as is
function query(filters, extra) {
  const q = searchParams(Object.fromEntries(FILTERS.map((name) => [name, filters[name]])));
  Object.entries(extra || {}).forEach(([k, v]) => q.set(k, String(v)));
  return q;
}

// #/qijin-audit?unitCode=ENT01&action=OBLIGATION_EXEMPTED
function routeFilters() {
  const q = routeQuery();
  const filters = {};
  FILTERS.forEach((name) => {
    filters[name] = q.get(name) || '';
  });
  return filters;
}

// ---- the table (shared by the page and the process instance tab)

// "检查项 ENT-6 开展安全生产月活动": what the record is called (issue 14 part 6); its id when it has no title
function subject(e) {
  if (!e.subjectTypeName) {
    return '';
  }
  const name = e.subjectTitle || e.subjectId;
  return name ? `${e.subjectTypeName} ${name}` : e.subjectTypeName;
}

// onlyThisProcess: null on the process instance's own tab (no link to the page one is on)
function processCell(e, onlyThisProcess) {
  const cell = el('td', { class: 'qj-audit-process' });
  if (e.taskName) {
    cell.appendChild(el('span', { class: 'qj-audit-task', title: e.taskId ? `任务 ${e.taskId}` : null }, e.taskName));
  }
  if (!e.processInstanceId || !onlyThisProcess) {
    return cell;
  }
  if (e.processRunning) {
    cell.appendChild(el('a', {
      class: 'qj-audit-instance', href: instanceLink(e.processInstanceId),
      title: `在 Cockpit 中打开流程实例 ${e.processInstanceId}`
    }, '查看流程实例'));
  } else {
    cell.appendChild(el('span', {
      class: 'qj-audit-ended', title: `流程实例 ${e.processInstanceId} 已结束（Cockpit 只能打开运行中的流程实例）`
    }, '流程已结束'));
  }
  const only = el('button', {
    type: 'button', class: 'btn btn-link qj-audit-only-process', title: `只看流程实例 ${e.processInstanceId} 的记录`
  }, '只看此流程');
  only.addEventListener('click', () => onlyThisProcess(e.processInstanceId));
  cell.appendChild(document.createTextNode(' '));
  cell.appendChild(only);
  return cell;
}

function table(events, id, onlyThisProcess) {
  const head = el('tr', {}, ['时间', '操作人', '操作', '对象', '单位', onlyThisProcess ? '任务/流程' : '任务', '说明']
    .map((h) => el('th', {}, h)));
  const rows = events.map((e) => el('tr', {
    class: 'qj-audit-row', 'data-id': e.id, 'data-action': e.action, 'data-actor': e.actor,
    'data-unit': e.unitCode, 'data-process-instance': e.processInstanceId, 'data-occurred-at': e.occurredAt
  },
  el('td', { class: 'qj-audit-time' }, shanghaiTime(e.occurredAt)),
  el('td', { class: 'qj-audit-actor', title: e.actor ? `账号 ${e.actor}` : null }, e.actorName || e.actor),
  el('td', { class: 'qj-audit-action', title: e.action }, e.actionName),
  el('td', { class: 'qj-audit-subject', title: e.subjectId ? `编号 ${e.subjectId}` : null }, subject(e)),
  el('td', { class: 'qj-audit-unit', title: e.unitCode ? `单位编码 ${e.unitCode}` : null }, e.unitName || e.unitCode),
  processCell(e, onlyThisProcess),
  el('td', { class: 'qj-audit-detail' }, e.detail)));
  return el('div', { style: 'overflow-x:auto' },
    el('table', { class: 'qj-audit-table', id }, el('thead', {}, head), el('tbody', {}, rows)));
}

// ---- the page #/qijin-audit

function field(label, input) {
  return el('label', {}, label, input);
}

function filterForm(actions, campaigns, filters) {
  const text = (name, id, placeholder) => el('input', {
    type: 'text', name, id, class: 'form-control input-sm', placeholder, value: filters[name]
  });
  const date = (name, id) => el('input', { type: 'date', name, id, class: 'form-control input-sm', value: filters[name] });
  const actionSelect = el('select', { name: 'action', id: 'qj-audit-action', class: 'form-control input-sm' },
    el('option', { value: '' }, '全部操作'),
    actions.map((a) => el('option', { value: a.code, selected: a.code === filters.action }, a.name)));
  const campaignSelect = el('select', { name: 'campaignId', id: 'qj-audit-campaign', class: 'form-control input-sm' },
    el('option', { value: '' }, '全部活动'),
    campaigns.map((c) => el('option', { value: c.id, selected: String(c.id) === filters.campaignId },
      `${c.name}（${c.statusName}）`)));
  return el('form', { class: 'qj-audit-filter', id: 'qj-audit-filter', autocomplete: 'off' },
    field('起始日期', date('from', 'qj-audit-from')),
    field('截止日期', date('to', 'qj-audit-to')),
    field('操作人', text('actor', 'qj-audit-actor', '账号，如 office')),
    field('单位编码', text('unitCode', 'qj-audit-unit', '如 ENT01')),
    field('操作类型', actionSelect),
    field('活动', campaignSelect),
    field('流程实例', text('processInstanceId', 'qj-audit-process', '流程实例 ID')),
    el('div', { class: 'qj-audit-buttons' },
      el('button', { type: 'submit', class: 'btn btn-primary btn-sm', id: 'qj-audit-search' }, '查询'),
      el('button', { type: 'button', class: 'btn btn-default btn-sm', id: 'qj-audit-clear' }, '清空条件')));
}

function formFilters(form) {
  const filters = {};
  FILTERS.forEach((name) => {
    filters[name] = form.elements[name].value;
  });
  return filters;
}

// the bar above the table carries the ids; the one below repeats it for long pages
function pager(data, size, go, top) {
  const id = (name) => (top ? `qj-audit-${name}` : null);
  const { number, totalPages, totalElements } = data.page;
  const previous = el('button', { type: 'button', class: 'btn btn-default btn-sm qj-audit-previous', id: id('previous'),
    disabled: number <= 0 }, '上一页');
  const next = el('button', { type: 'button', class: 'btn btn-default btn-sm qj-audit-next', id: id('next'),
    disabled: number + 1 >= totalPages }, '下一页');
  previous.addEventListener('click', () => go(number - 1, size));
  next.addEventListener('click', () => go(number + 1, size));
  const sizeSelect = el('select', { id: id('size'), class: 'form-control input-sm' },
    PAGE_SIZES.map((s) => el('option', { value: s, selected: s === size }, String(s))));
  sizeSelect.addEventListener('change', () => go(0, Number(sizeSelect.value)));
  const summary = totalElements === 0 ? '共 0 条'
    : `第 ${number + 1} / ${totalPages} 页，共 ${totalElements} 条（最新的在前）`;
  return el('div', { class: 'qj-audit-bar' },
    el('span', { class: 'qj-audit-summary', id: id('summary'), 'data-page': number,
      'data-total-pages': totalPages, 'data-total': totalElements }, summary),
    el('span', {}, '每页', sizeSelect, '条'), previous, next);
}

function exportLink(filters) {
  return el('a', {
    id: 'qj-audit-export', class: 'btn btn-default btn-sm', href: `${API}/audit/export.xlsx?${query(filters)}`,
    title: '按当前列表的筛选条件导出 Excel（北京时间；最多 50 000 条；导出本身也记入审计记录）'
  }, '导出 Excel');
}

function routePlugin() {
  return pagePlugin('qijin-audit-page', ROUTE, (node, { api }, requests) => {
    ensureStyles(STYLE_ID, STYLES);
    document.title = '审计记录 | Camunda Cockpit';
    const root = el('div', { class: 'qj-audit', id: 'qj-audit' },
      el('h1', {}, '审计记录'),
      el('div', { class: 'qj-audit-subtitle' },
        '谁在何时做了什么：流程步骤、填报、审核、豁免、延期、下载和导出。时间为北京时间，最新的在前。'));
    const body = el('div', {}, el('div', { class: 'qj-audit-message' }, '正在读取…'));
    root.appendChild(body);
    node.appendChild(root);

    const formSignal = requests.restart();
    Promise.all([
      call(api, formSignal, '读取操作类型', '/audit/actions'),
      call(api, formSignal, '读取活动列表', '/campaigns')
    ]).then(([actions, campaigns]) => {
      clear(body);
      const filters = routeFilters();
      const form = filterForm(actions, campaigns, filters);
      const error = el('div', { class: 'qj-audit-message qj-audit-error-text', id: 'qj-audit-error', role: 'alert',
        hidden: true });
      const results = el('div', { id: 'qj-audit-results' });
      body.appendChild(form);
      body.appendChild(error);
      body.appendChild(results);

      let size = DEFAULT_PAGE_SIZE;
      const show = (applied, page, pageSize) => {
        const signal = requests.restart();
        size = pageSize;
        root.setAttribute('aria-busy', 'true');
        call(api, signal, '读取审计记录', '/audit?' + query(applied, { page, size: pageSize }))
          .then((data) => {
            error.hidden = true;
            clear(error);
            clear(results);
            const go = (p, s) => show(applied, p, s);
            results.appendChild(el('div', { class: 'qj-audit-bar' }, exportLink(applied)));
            if (data.content.length === 0) {
              results.appendChild(el('div', { class: 'qj-audit-message', id: 'qj-audit-empty' },
                '没有符合条件的审计记录。'));
            } else {
              results.appendChild(pager(data, pageSize, go, true));
              results.appendChild(table(data.content, 'qj-audit-table', (processInstanceId) => {
                form.elements.processInstanceId.value = processInstanceId;
                show(formFilters(form), 0, size);
              }));
              results.appendChild(pager(data, pageSize, go, false));
            }
            // what the list shows, for tests and for support staff reading the page
            root.setAttribute('data-query', query(applied).toString());
            root.setAttribute('data-page', page);
            root.setAttribute('data-page-size', pageSize);
            root.removeAttribute('aria-busy');
          })
          .catch((e) => {
            if (e.name === 'AbortError') {
              return;
            }
            clear(results);
            clear(error);
            error.appendChild(document.createTextNode(e.message));
            error.hidden = false;
            root.removeAttribute('aria-busy');
          });
      };
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        show(formFilters(form), 0, size);
      });
      form.querySelector('#qj-audit-clear').addEventListener('click', () => {
        FILTERS.forEach((name) => {
          form.elements[name].value = '';
        });
        show(formFilters(form), 0, size);
      });
      show(filters, 0, size);
    }).catch((e) => {
      if (e.name !== 'AbortError') {
        clear(body);
        body.appendChild(el('div', { class: 'qj-audit-message qj-audit-error-text', id: 'qj-audit-error',
          role: 'alert' }, e.message));
      }
    });
  });
}

// ---- the tab on a process instance's page

function processInstanceTab() {
  return viewPlugin({
    id: 'qijin-audit-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: -10,
    properties: { label: 'QIJIN_AUDIT' }
  }, (node, { api, processInstanceId }, requests) => {
    ensureStyles(STYLE_ID, STYLES);
    const tab = el('div', { class: 'qj-audit-tab', id: 'qj-audit-tab', 'data-process-instance': processInstanceId },
      el('div', { class: 'qj-audit-message' }, '正在读取…'));
    node.appendChild(tab);
    const filters = { processInstanceId };
    call(api, requests.restart(), '读取审计记录', '/audit?' + query(filters, { size: TAB_SIZE })).then((data) => {
      clear(tab);
      const total = data.page.totalElements;
      tab.appendChild(el('div', { class: 'qj-audit-bar' },
        el('span', { class: 'qj-audit-summary', id: 'qj-audit-tab-summary', 'data-total': total },
          total > data.content.length ? `共 ${total} 条，显示最新的 ${data.content.length} 条`
            : `共 ${total} 条（最新的在前，北京时间）`),
        el('a', { href: auditPageLink(filters), id: 'qj-audit-tab-open' }, '在审计记录页中查看'),
        exportLink(filters)));
      tab.appendChild(data.content.length ? table(data.content, 'qj-audit-tab-table', null)
        : el('div', { class: 'qj-audit-message' }, '该流程实例还没有审计记录。'));
    }).catch((e) => {
      if (e.name !== 'AbortError') {
        clear(tab);
        tab.appendChild(el('div', { class: 'qj-audit-message qj-audit-error-text', role: 'alert' }, e.message));
      }
    });
  });
}

export default [
  navigationPlugin('qijin-audit-navigation', ROUTE, 'QIJIN_AUDIT', 5),
  routePlugin(),
  processInstanceTab()
];
