/*
 * 七进督导看板：Cockpit 前端插件（Camunda 7.24 的插件接口）。
 * Registered in customScripts of scripts/config.js; Cockpit import()s this module before it starts and registers
 * each plugin of the default export:
 *   - cockpit.navigation: the header menu entry 七进督导看板 (label key QIJIN_DASHBOARD in ../locales/zh.json);
 *   - cockpit.route: the page #/qijin-dashboard (optional ?campaignId=…&quarter=2026Q4);
 *   - cockpit.dashboard: a card on Cockpit's start page that links to the page.
 * Data: GET /api/dashboard and /api/dashboard/campaigns (cn.qijin.dashboard), with the Cockpit login's session
 * (GET needs no CSRF token; apiCaller of ./qijin-common.js sends it anyway). The office exempts a unit for a
 * period from its matrix cell (豁免, REC-3): POST /api/obligations/{id}/exemption with the reason, or extends its
 * deadline (延期): POST /api/obligations/{id}/extension with the new due day and the reason. "Today" is the server's campaign
 * clock (the demo clock can move it), never the browser's. Every text reaches the page through textContent or
 * setAttribute, never as HTML (el of ./qijin-common.js).
 */

import {
  API, apiCaller, chineseDate, clear, el, ensureStyles, instanceLink, navigationPlugin, pagePlugin, replaceContent,
  routeQuery, viewPlugin, withQuery
} from './qijin-common.js';

const ROUTE = '/qijin-dashboard';
const STYLE_ID = 'qijin-dashboard-styles';

const TONE_CLASS = {
  GREEN: 'qj-tone-green',
  AMBER: 'qj-tone-amber',
  RED: 'qj-tone-red',
  GREY: 'qj-tone-grey',
  NEUTRAL: 'qj-tone-neutral'
};
// obligations whose process has ended (Cockpit CE shows running instances only)
const CLOSED_STATES = ['FULFILLED', 'FULFILLED_LATE', 'EXEMPTED'];
const LEVEL_CLASS = ['qj-level-0', 'qj-level-1', 'qj-level-2', 'qj-level-3'];
const call = apiCaller('没有权限查看督导看板（仅限活动办公室和领导小组）');

const STYLES = `
.qj-dashboard { padding: 15px 20px 40px; font-size: 14px; color: #333; }
.qj-dashboard h1 { font-size: 24px; margin: 0 0 4px; }
.qj-dashboard h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
.qj-subtitle { color: #666; margin-bottom: 12px; }
.qj-controls { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; margin: 10px 0; }
.qj-controls label { font-weight: normal; margin: 0; }
.qj-controls select { margin-left: 6px; min-width: 160px; }
.qj-message { padding: 10px 14px; border-radius: 3px; background: #f5f5f5; }
.qj-message.qj-error { background: #f2dede; color: #a94442; }
.qj-timeline { position: relative; height: 36px; margin: 34px 0 8px; }
.qj-phase { position: absolute; top: 0; height: 30px; border-radius: 3px; color: #fff; font-size: 12px;
  line-height: 30px; padding: 0 6px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis;
  background: #8aa4c8; border-right: 1px solid #fff; }
.qj-phase.qj-phase-current { background: #2d6ca2; }
.qj-phase.qj-phase-done { background: #9e9e9e; }
.qj-phase-list { display: flex; flex-wrap: wrap; gap: 8px 28px; font-size: 13px; margin-bottom: 6px; }
.qj-phase-list .qj-phase-current-text { font-weight: bold; color: #2d6ca2; }
.qj-today { position: absolute; top: -24px; bottom: 0; width: 0; border-left: 2px solid #d9534f; }
.qj-today span { position: absolute; top: -2px; left: 4px; font-size: 12px; color: #d9534f; white-space: nowrap; }
.qj-legend { display: flex; flex-wrap: wrap; gap: 16px; margin: 6px 0 10px; font-size: 13px; }
.qj-legend-swatch { display: inline-block; width: 16px; height: 16px; border-radius: 2px; margin-right: 6px;
  vertical-align: -3px; border: 1px solid #ccc; }
table.qj-matrix, table.qj-overdue { border-collapse: collapse; width: auto; }
.qj-matrix th, .qj-matrix td, .qj-overdue th, .qj-overdue td { border: 1px solid #ddd; padding: 5px 8px; }
.qj-matrix th { background: #f7f7f7; white-space: nowrap; }
.qj-matrix th.qj-selected-quarter { background: #2d6ca2; color: #fff; }
.qj-cell { text-align: center; min-width: 92px; white-space: nowrap; font-size: 13px; }
.qj-cell a { color: inherit; text-decoration: none; }
.qj-cell a:hover, .qj-cell a:focus { text-decoration: underline; }
.qj-tone-green { background-color: #5cb85c; color: #fff; }
.qj-tone-amber { background-color: #f0ad4e; color: #222; }
.qj-tone-red { background-color: #d9534f; color: #fff; }
.qj-tone-grey { background-color: #b8b8b8; color: #222; }
.qj-tone-neutral { background-color: #f5f5f5; color: #333; }
.qj-cell-none { color: #bbb; text-align: center; }
.qj-cell-months { white-space: nowrap; font-size: 12px; padding: 3px 4px; }
.qj-month { display: inline-block; padding: 2px 4px; margin: 1px; border-radius: 2px; }
.qj-month a { color: inherit; text-decoration: none; }
.qj-cell-action { padding: 0 3px; margin-left: 3px; font-size: 12px; color: inherit; text-decoration: underline; }
.qj-exempt-panel { border: 1px solid #2d6ca2; border-radius: 3px; padding: 10px 12px; margin: 10px 0; max-width: 640px; }
.qj-exempt-panel textarea { margin: 6px 0; }
.qj-matrix td.qj-selected-quarter { box-shadow: inset 0 0 0 2px #2d6ca2; }
.qj-venues { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px; }
.qj-venue { border: 1px solid #ddd; border-radius: 3px; padding: 10px 12px; }
.qj-venue h3 { font-size: 15px; margin: 0 0 8px; }
.qj-bar-label { font-size: 13px; margin-top: 6px; display: flex; justify-content: space-between; }
.qj-bar { height: 12px; background: #eee; border-radius: 6px; overflow: hidden; margin-top: 3px; }
.qj-bar-fill { height: 100%; background: #5cb85c; }
.qj-bar-fill.qj-bar-obligations { background: #2d6ca2; }
.qj-level { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px; margin-right: 6px; }
.qj-level-0 { background: #e0e0e0; color: #333; }
.qj-level-1 { background: #ffe066; color: #5c4800; }
.qj-level-2 { background: #f0883e; color: #fff; }
.qj-level-3 { background: #d9534f; color: #fff; }
.qj-days { font-weight: bold; color: #d9534f; }
.qj-card { padding: 4px 0 10px; }
.qj-card h3 { font-size: 18px; margin: 0 0 8px; }
.qj-card-figures { display: flex; gap: 28px; margin: 8px 0; }
.qj-card-figure strong { display: block; font-size: 22px; }
.qj-card-figure.qj-alert strong { color: #d9534f; }
`;

// ---- days and shares

function dayNumber(iso) {
  const [y, m, d] = String(iso).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

function percent(part, whole) {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

// ---- data

function dashboardPath(campaignId, quarter) {
  return withQuery('/dashboard', { campaignId, quarter });
}

// #/qijin-dashboard?campaignId=3&quarter=2017Q4
function routeParameters() {
  const query = routeQuery();
  return { campaignId: query.get('campaignId'), quarter: query.get('quarter') };
}

// ---- the page's sections

function controls(data, campaigns, onChange) {
  const campaignSelect = el('select', { id: 'qj-campaign', class: 'form-control input-sm' },
    campaigns.map((c) => el('option', { value: c.id, selected: c.id === data.campaign.id },
      `${c.name}（${c.statusName}）`)));
  const quarterSelect = el('select', { id: 'qj-quarter', class: 'form-control input-sm' },
    data.quarters.map((q) => el('option', { value: q.code, selected: q.code === data.quarter.code },
      q.current ? `${q.name}（本季度）` : q.name)));
  campaignSelect.addEventListener('change', () => onChange(campaignSelect.value, null));
  quarterSelect.addEventListener('change', () => onChange(campaignSelect.value, quarterSelect.value));
  return el('div', { class: 'qj-controls form-inline' },
    el('label', { for: 'qj-campaign' }, '活动', campaignSelect),
    el('label', { for: 'qj-quarter' }, '季度', quarterSelect));
}

function timeline(data) {
  const first = dayNumber(data.phases[0].start);
  const last = dayNumber(data.phases[data.phases.length - 1].end) + 1;
  const position = (iso, extra) => ((dayNumber(iso) + (extra || 0) - first) / (last - first)) * 100;
  const bar = el('div', { class: 'qj-timeline', id: 'qj-timeline' });
  data.phases.forEach((p) => {
    const left = position(p.start);
    const width = position(p.end, 1) - left;
    const state = p.state === 'CURRENT' ? 'qj-phase-current' : p.state === 'DONE' ? 'qj-phase-done' : '';
    bar.appendChild(el('div', {
      class: `qj-phase ${state}`, 'data-phase': p.code, style: `left:${left}%;width:${width}%`,
      title: `${p.code} ${p.name}：${chineseDate(p.start)}至${chineseDate(p.end)}（${p.stateName}）`
    }, `${p.code} ${p.name}（${p.stateName}）`));
  });
  const today = Math.min(100, Math.max(0, position(data.today, 0.5)));
  let todayText = `今天 ${chineseDate(data.today)}`;
  if (dayNumber(data.today) < first) {
    todayText += '（活动尚未开始）';
  } else if (dayNumber(data.today) >= last) {
    todayText += '（活动已结束）';
  }
  bar.appendChild(el('div', { class: 'qj-today', id: 'qj-today', style: `left:${today}%`, 'data-today': data.today },
    el('span', {}, todayText)));
  const dates = el('div', { class: 'qj-phase-list', id: 'qj-phase-list' }, data.phases.map((p) =>
    el('span', { 'data-phase-dates': p.code, class: p.state === 'CURRENT' ? 'qj-phase-current-text' : null },
      `${p.code} ${p.name}：${chineseDate(p.start)}至${chineseDate(p.end)}（${p.stateName}）`)));
  return el('div', {}, bar, dates);
}

function legend(data) {
  return el('div', { class: 'qj-legend', id: 'qj-legend' }, data.legend.map((entry) =>
    el('span', { class: 'qj-legend-item', 'data-tone': entry.tone },
      el('span', { class: `qj-legend-swatch ${TONE_CLASS[entry.tone]}` }), entry.label)));
}

function cellLabel(cell) {
  return cell.state === 'ESCALATED' && cell.escalationLevel > 0
    ? `${cell.stateName}·${cell.escalationLevel}级` : cell.stateName;
}

function cellTitle(row, periodName, cell) {
  return `${row.unitName} ${row.obligationCode} ${periodName}：${cell.stateName}，到期日 ${chineseDate(cell.dueDate)}`
    + (cell.extended ? '（已延期）' : '');
}

function cellContent(cell, label) {
  return cell.processInstanceId && CLOSED_STATES.indexOf(cell.state) < 0
    ? el('a', { href: instanceLink(cell.processInstanceId), title: '在 Cockpit 中查看该任务的流程实例' }, label)
    : label;
}

// REC-3: the cell of an open obligation whose period has begun offers the office 豁免 (exempt) and, while its due
// date has not passed and the office does not hold it for review, 延期 (extend); each opens the panel under the matrix
const EXTENDABLE_STATES = ['OPEN', 'DUE_SOON', 'EXTENDED'];

function cellActions(row, cell, periodName, act) {
  if (!act || !cell.obligationId || CLOSED_STATES.indexOf(cell.state) >= 0 || cell.state === 'NOT_STARTED') {
    return null;
  }
  const action = (kind, label) => {
    const button = el('button', {
      type: 'button', class: `btn btn-link btn-xs qj-cell-action qj-${kind}`, 'data-obligation-id': cell.obligationId,
      title: `${label}：${row.unitName}${periodName}的 ${row.obligationCode}`
    }, label);
    button.addEventListener('click', () => act(kind, row, cell, periodName));
    return button;
  };
  return [action('exempt', '豁免'), EXTENDABLE_STATES.indexOf(cell.state) >= 0 ? action('extend', '延期') : null];
}

// COM-2, PUB-2: a monthly obligation shows its quarter's months side by side in the quarter's column
function monthsCell(row, quarter, months, selected, exempt) {
  return el('td', {
    class: `qj-cell-months${selected}`, 'data-unit': row.unitCode, 'data-quarter': quarter.code
  }, months.map((cell) => el('span', {
    class: `qj-month ${TONE_CLASS[cell.tone]}`, 'data-state': cell.state, 'data-tone': cell.tone,
    'data-period': cell.period, title: cellTitle(row, cell.periodName, cell)
  }, cellContent(cell, `${cell.periodShortName} ${cellLabel(cell)}`),
  cellActions(row, cell, cell.periodName, exempt))));
}

function matrixCell(row, quarter, data, exempt) {
  const cell = row.cells[quarter.code];
  const selected = quarter.code === data.quarter.code ? ' qj-selected-quarter' : '';
  const months = (row.months || {})[quarter.code];
  if (months && months.length) {
    return monthsCell(row, quarter, months, selected, exempt);
  }
  if (!cell) {
    return el('td', { class: `qj-cell-none${selected}`, 'data-unit': row.unitCode, 'data-quarter': quarter.code }, '—');
  }
  return el('td', {
    class: `qj-cell ${TONE_CLASS[cell.tone]}${selected}`, 'data-state': cell.state, 'data-tone': cell.tone,
    'data-unit': row.unitCode, 'data-quarter': quarter.code, title: cellTitle(row, quarter.name, cell)
  }, cellContent(cell, cellLabel(cell)), cellActions(row, cell, quarter.name, exempt));
}

function matrix(data, exempt) {
  if (!data.matrix.length) {
    return el('div', { class: 'qj-message' }, '本活动没有需要履行季度任务或月度任务的单位（或活动尚未启动）。');
  }
  const head = el('tr', {}, el('th', {}, '单位'), el('th', {}, '场所'), el('th', {}, '任务'),
    data.quarters.map((q) => el('th', {
      class: q.code === data.quarter.code ? 'qj-selected-quarter' : null, 'data-quarter': q.code
    }, q.current ? `${q.name}（本季度）` : q.name)));
  const rows = data.matrix.map((row) => el('tr', { 'data-unit': row.unitCode, 'data-obligation': row.obligationCode },
    el('td', {}, row.unitName), el('td', {}, row.venueName),
    el('td', {}, row.recurrence === 'MONTH' ? `${row.obligationCode}（每月）` : row.obligationCode),
    data.quarters.map((q) => matrixCell(row, q, data, exempt))));
  return el('div', { style: 'overflow-x:auto' },
    el('table', { class: 'qj-matrix', id: 'qj-matrix' }, el('thead', {}, head), el('tbody', {}, rows)));
}

// REC-3: the office writes why (and, to extend, until when); the exemption or extension goes on the obligation's
// record; the server's refusal shows here
const ACTIONS = {
  exempt: { name: '豁免', confirm: '确认豁免', placeholder: '必填，如：该单位本季度停产整顿，经领导小组同意豁免' },
  extend: { name: '延期', confirm: '确认延期', placeholder: '必填，如：该单位遭受汛情，经研究同意延期' }
};

function exemptionPanel(actOnObligation) {
  const title = el('strong', { id: 'qj-exempt-title' });
  const reason = el('textarea', { id: 'qj-exempt-reason', class: 'form-control', rows: '3', maxlength: '2000' });
  const reasonLabel = el('label', { for: 'qj-exempt-reason' });
  const until = el('input', { id: 'qj-extend-until', type: 'date', class: 'form-control' });
  const untilField = el('div', { id: 'qj-extend-field' }, el('label', { for: 'qj-extend-until' }, '延期至（新的到期日）'), until);
  const error = el('div', { class: 'qj-message qj-error', id: 'qj-exempt-error', role: 'alert', hidden: 'hidden' });
  const confirm = el('button', { type: 'button', id: 'qj-exempt-confirm', class: 'btn btn-primary btn-sm' });
  const cancel = el('button', { type: 'button', id: 'qj-exempt-cancel', class: 'btn btn-default btn-sm' }, '取消');
  const panel = el('div', { class: 'qj-exempt-panel', id: 'qj-exempt', hidden: 'hidden' }, title, untilField,
    el('div', {}, reasonLabel, reason), el('div', { class: 'qj-controls' }, confirm, cancel), error);
  let target = null;
  cancel.addEventListener('click', () => panel.setAttribute('hidden', 'hidden'));
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    error.setAttribute('hidden', 'hidden');
    actOnObligation(target.kind, target.obligationId, reason.value, until.value).catch((e) => {
      replaceContent(error, document.createTextNode(e.message));
      error.removeAttribute('hidden');
      confirm.disabled = false;
    });
  });
  const open = (kind, row, cell, periodName) => {
    const action = ACTIONS[kind];
    target = { kind, obligationId: cell.obligationId };
    panel.setAttribute('data-action', kind);
    replaceContent(title, document.createTextNode(`${action.name}：${row.unitName} ${row.obligationCode} ${periodName}`
      + `（到期日 ${chineseDate(cell.dueDate)}，${cell.stateName}）`));
    replaceContent(reasonLabel, document.createTextNode(`${action.name}理由`));
    replaceContent(confirm, document.createTextNode(action.confirm));
    reason.setAttribute('placeholder', action.placeholder);
    reason.value = '';
    until.value = '';
    if (kind === 'extend') {
      untilField.removeAttribute('hidden');
    } else {
      untilField.setAttribute('hidden', 'hidden');
    }
    error.setAttribute('hidden', 'hidden');
    confirm.disabled = false;
    panel.removeAttribute('hidden');
    (kind === 'extend' ? until : reason).focus();
  };
  return { panel, open };
}

function bar(label, part, whole, emptyText, kind) {
  if (whole === 0) {
    return el('div', { class: 'qj-bar-label', 'data-bar': kind }, el('span', {}, label), el('span', {}, emptyText));
  }
  return el('div', { 'data-bar': kind },
    el('div', { class: 'qj-bar-label' }, el('span', {}, label),
      el('span', { class: 'qj-bar-figure' }, `${part} / ${whole}（${percent(part, whole)}%）`)),
    el('div', { class: 'qj-bar' },
      el('div', { class: `qj-bar-fill qj-bar-${kind}`, style: `width:${percent(part, whole)}%` })));
}

function venues(data) {
  if (!data.venues.length) {
    return el('div', { class: 'qj-message' }, '本活动尚无参加单位。');
  }
  return el('div', { class: 'qj-venues', id: 'qj-venues' }, data.venues.map((v) =>
    el('div', { class: 'qj-venue', 'data-venue': v.venue },
      el('h3', {}, `${v.venueName}（${v.units} 个单位）`),
      bar('检查项已销号', v.checklistAccepted, v.checklistTotal, '无检查项', 'checklist'),
      bar('季度任务已履行' + (v.obligationsExempted ? `（另有 ${v.obligationsExempted} 项已豁免）` : ''),
        v.obligationsFulfilled, v.obligationsOwed, '本季度无季度任务', 'obligations'))));
}

function overdue(data) {
  if (!data.overdue.length) {
    return el('div', { class: 'qj-message', id: 'qj-overdue-none' }, `截至${data.quarter.name}，没有逾期未履行的单位。`);
  }
  const head = el('tr', {}, ['单位', '场所', '任务', '期间', '到期日', '逾期天数', '督办级别', '流程实例']
    .map((h) => el('th', {}, h)));
  const rows = data.overdue.map((o) => el('tr', { class: 'qj-overdue-row', 'data-unit': o.unitCode,
    'data-process-instance': o.processInstanceId },
  el('td', {}, el('a', { class: 'qj-overdue-unit', href: instanceLink(o.processInstanceId) }, o.unitName)),
  el('td', {}, o.venueName), el('td', {}, o.obligationCode), el('td', {}, o.periodName || o.quarterName),
  el('td', {}, chineseDate(o.dueDate)),
  el('td', {}, el('span', { class: 'qj-days' }, `${o.daysOverdue} 天`)),
  el('td', { 'data-level': o.escalationLevel },
    el('span', { class: `qj-level ${LEVEL_CLASS[Math.min(3, o.escalationLevel)]}` },
      o.escalationLevel > 0 ? `${o.escalationLevel}级 ${o.escalationName || ''}` : '未督办'),
    o.escalationAction),
  el('td', {}, el('a', { href: instanceLink(o.processInstanceId) }, '查看'))));
  return el('table', { class: 'qj-overdue table-condensed', id: 'qj-overdue' },
    el('thead', {}, head), el('tbody', {}, rows));
}

// PH-1: the units that have not signed the work plan (签收工作方案), with the days since its due day
function unsigned(data) {
  const list = data.unacknowledged || [];
  if (!list.length) {
    return el('div', { class: 'qj-message', id: 'qj-unsigned-none' }, '所有参加单位都已签收工作方案。');
  }
  const head = el('tr', {}, ['单位', '场所', '签收期限', '逾期天数'].map((h) => el('th', {}, h)));
  const rows = list.map((u) => el('tr', { class: 'qj-unsigned-row', 'data-unit': u.unitCode },
    el('td', {}, u.unitName), el('td', {}, (u.venueNames || []).join('、')), el('td', {}, chineseDate(u.dueDate)),
    el('td', {}, u.daysOverdue > 0 ? el('span', { class: 'qj-days' }, `${u.daysOverdue} 天`) : '未到期')));
  return el('table', { class: 'qj-overdue table-condensed', id: 'qj-unsigned' },
    el('thead', {}, head), el('tbody', {}, rows));
}

// ORG-2, REC-2: submissions waiting for the office; while they wait the unit is not reminded or escalated
function reviews(data) {
  const list = data.reviews || [];
  if (!list.length) {
    return el('div', { class: 'qj-message', id: 'qj-reviews-none' }, '没有等待办公室审核的提交。');
  }
  const head = el('tr', {}, ['审核事项', '单位', '内容', '提交日期', '审核期限', '超期天数', '流程实例']
    .map((h) => el('th', {}, h)));
  const rows = list.map((r) => el('tr', { class: `qj-review-row${r.daysOverdue > 0 ? ' qj-review-late' : ''}`,
    'data-unit': r.unitCode, 'data-kind': r.kind },
  el('td', {}, r.kindName), el('td', {}, r.unitName), el('td', {}, r.subject), el('td', {}, chineseDate(r.submittedOn)),
  el('td', {}, chineseDate(r.reviewDueDate)),
  el('td', {}, r.daysOverdue > 0 ? el('span', { class: 'qj-days' }, `${r.daysOverdue} 天`) : '未超期'),
  el('td', {}, el('a', { href: instanceLink(r.processInstanceId) }, '查看'))));
  return el('table', { class: 'qj-overdue table-condensed', id: 'qj-reviews' },
    el('thead', {}, head), el('tbody', {}, rows));
}

// ORG-2: the quarterly supervision rounds (通报 and 上报) with their documents
// the office starts the supervision of an ended quarter that has none yet (the schedule does it on its day)
function startForm(data, rounds, startRound) {
  const started = rounds.map((r) => r.quarterCode);
  const eligible = data.quarters.filter((q) => q.end < data.today && !started.includes(q.code));
  if (!eligible.length) {
    return el('div', { class: 'qj-message', id: 'qj-start-none' }, '已结束的季度都已启动督导。');
  }
  const select = el('select', { id: 'qj-start-quarter', class: 'form-control input-sm' },
    eligible.map((q) => el('option', { value: q.code }, q.name)));
  const error = el('div', { class: 'qj-message qj-error', id: 'qj-start-error', hidden: 'hidden' });
  const button = el('button', { type: 'button', id: 'qj-start-supervision', class: 'btn btn-default btn-sm' },
    '启动季度督导');
  button.addEventListener('click', () => {
    button.disabled = true;
    error.setAttribute('hidden', 'hidden');
    startRound(select.value).catch((e) => {
      clear(error);
      error.appendChild(document.createTextNode(e.message));
      error.removeAttribute('hidden');
      button.disabled = false;
    });
  });
  return el('div', { class: 'qj-controls', id: 'qj-start' },
    el('label', { for: 'qj-start-quarter' }, '补启动已结束季度的督导'), select, button, error);
}

function supervisions(rounds) {
  if (!rounds.length) {
    return el('div', { class: 'qj-message', id: 'qj-supervisions-none' },
      '本活动还没有季度督导（每季度结束后第 7 天自动启动）。');
  }
  const head = el('tr', {}, ['季度', '状态', '通报', '签收', '上报', '文件', '流程实例'].map((h) => el('th', {}, h)));
  const rows = rounds.map((r) => el('tr', { class: 'qj-supervision-row', 'data-quarter': r.quarterCode },
    el('td', {}, r.quarterName),
    el('td', {}, r.stateName),
    el('td', {}, r.title ? `${r.documentNumber || ''} ${r.title}` : '尚未起草'),
    el('td', {}, r.acknowledgements
      ? `${r.acknowledged}/${r.acknowledgements}` + (r.acknowledgedLate ? `（逾期 ${r.acknowledgedLate}）` : '') : '—'),
    el('td', {}, r.reportedOn ? `${chineseDate(r.reportedOn)} ${r.reportMethod || ''}报送${r.reportedTo || ''}` : '尚未上报'),
    el('td', {},
      el('a', { class: 'qj-download', href: `${API}/supervisions/${encodeURIComponent(r.id)}/summary.xlsx` }, '汇总表'),
      r.title ? ' ' : null,
      r.title ? el('a', { class: 'qj-download', href: `${API}/supervisions/${encodeURIComponent(r.id)}/notice.docx` }, '通报') : null),
    el('td', {}, el('a', { href: instanceLink(r.processInstanceId) }, '查看'))));
  return el('table', { class: 'qj-overdue table-condensed', id: 'qj-supervisions' },
    el('thead', {}, head), el('tbody', {}, rows));
}

function page(data, campaigns, rounds, onChange, startRound, exemptObligation) {
  const exemption = data.mayExempt ? exemptionPanel(exemptObligation) : null;
  return el('div', {},
    el('h1', {}, '七进督导看板'),
    el('div', { class: 'qj-subtitle', id: 'qj-subtitle' },
      `${data.campaign.name}（${data.campaign.issuer || ''}，${data.campaign.statusName}`
      + (data.campaign.phaseName ? `，${data.campaign.phaseName}阶段` : '') + `）　活动时钟今天：${chineseDate(data.today)}`),
    controls(data, campaigns, onChange),
    el('h2', {}, '活动阶段'), timeline(data),
    el('h2', {}, '季度任务履行情况（单位 × 季度）'), legend(data), matrix(data, exemption && exemption.open),
    exemption && exemption.panel,
    el('h2', {}, `各场所完成进度（${data.quarter.name}）`), venues(data),
    el('h2', {}, `逾期未履行的单位（截至${data.quarter.name}）`), overdue(data),
    el('h2', {}, '等待办公室审核（审核期间单位不计逾期）'), reviews(data),
    el('h2', {}, '未签收工作方案的单位'), unsigned(data),
    el('h2', {}, '季度督导与通报'), supervisions(rounds), startForm(data, rounds, startRound));
}

// ---- plugins

function routePlugin() {
  return pagePlugin('qijin-dashboard-page', ROUTE, (node, { api }, requests) => {
    ensureStyles(STYLE_ID, STYLES);
    document.title = '七进督导看板 | Camunda Cockpit';
    const root = el('div', { class: 'qj-dashboard', id: 'qj-dashboard' });
    node.appendChild(root);
    const show = (campaignId, quarter) => {
      const signal = requests.restart();
      root.setAttribute('aria-busy', 'true');
      Promise.all([
        call(api, signal, '读取督导看板', dashboardPath(campaignId, quarter)),
        call(api, signal, '读取活动列表', '/dashboard/campaigns')
      ]).then(([data, campaigns]) => call(api, signal, '读取季度督导',
        `/campaigns/${encodeURIComponent(data.campaign.id)}/supervisions`)
        .then((rounds) => [data, campaigns, rounds])).then(([data, campaigns, rounds]) => {
        const startRound = (quarter) => call(api, undefined, '启动季度督导',
          `/campaigns/${encodeURIComponent(data.campaign.id)}/supervisions`, { quarter })
          .then(() => show(String(data.campaign.id), data.quarter.code));
        const exemptObligation = (kind, obligationId, reason, until) => (kind === 'extend'
          ? call(api, undefined, '延期', `/obligations/${encodeURIComponent(obligationId)}/extension`,
            { until: until || null, reason })
          : call(api, undefined, '豁免', `/obligations/${encodeURIComponent(obligationId)}/exemption`, { reason }))
          .then(() => show(String(data.campaign.id), data.quarter.code));
        clear(root);
        root.appendChild(page(data, campaigns, rounds, show, startRound, exemptObligation));
        root.setAttribute('data-campaign', data.campaign.id);
        root.setAttribute('data-quarter', data.quarter.code);
        root.removeAttribute('aria-busy');
      }).catch((e) => {
        if (e.name === 'AbortError') {
          return;
        }
        clear(root);
        root.appendChild(el('h1', {}, '七进督导看板'));
        root.appendChild(el('div', { class: 'qj-message qj-error', id: 'qj-error' }, e.message));
        root.removeAttribute('aria-busy');
      });
    };
    root.appendChild(el('div', { class: 'qj-message' }, '正在读取督导数据…'));
    const start = routeParameters();
    show(start.campaignId, start.quarter);
  });
}

function dashboardCard() {
  const definition = { id: 'qijin-dashboard-card', pluginPoint: 'cockpit.dashboard', priority: 100 };
  return viewPlugin(definition, (node, { api }, requests) => {
    ensureStyles(STYLE_ID, STYLES);
    const card = el('div', { class: 'qj-card', id: 'qj-dashboard-card' },
      el('h3', {}, el('a', { href: '#' + ROUTE }, '七进督导看板')), el('div', {}, '正在读取…'));
    node.appendChild(card);
    call(api, requests.restart(), '读取督导看板', dashboardPath()).then((data) => {
      const owed = data.venues.reduce((n, v) => n + v.obligationsOwed, 0);
      const fulfilled = data.venues.reduce((n, v) => n + v.obligationsFulfilled, 0);
      card.replaceChild(el('div', {},
        el('div', {}, `${data.campaign.name}（${data.campaign.statusName}）　${data.quarter.name}　活动时钟今天：${chineseDate(data.today)}`),
        el('div', { class: 'qj-card-figures' },
          el('div', { class: `qj-card-figure${data.overdue.length ? ' qj-alert' : ''}` },
            el('strong', { id: 'qj-card-overdue' }, String(data.overdue.length)), '项季度任务逾期未履行'),
          el('div', { class: 'qj-card-figure' },
            el('strong', {}, `${fulfilled} / ${owed}`), '本季度任务已履行')),
        el('a', { href: '#' + ROUTE, class: 'btn btn-default btn-sm', id: 'qj-card-open' }, '打开督导看板 »')),
      card.lastChild);
    }).catch((e) => {
      if (e.name !== 'AbortError') {
        card.replaceChild(el('div', { class: 'qj-message qj-error' }, e.message), card.lastChild);
      }
    });
  });
}

export default [
  navigationPlugin('qijin-dashboard-navigation', ROUTE, 'QIJIN_DASHBOARD', 10),
  routePlugin(),
  dashboardCard()
];
