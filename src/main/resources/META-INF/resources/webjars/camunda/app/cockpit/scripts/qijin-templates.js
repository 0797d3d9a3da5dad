/*
 * 活动模板：Cockpit 前端插件（issue 14 part 5）.
 * Registered in customScripts of scripts/config.js: the header menu entry 活动模板 (label key QIJIN_TEMPLATES) and the
 * page #/qijin-templates. Every stored version of every template is listed; a version opens read-only; from the
 * newest version of a template the office makes the next one — checklists per venue, themes, recurring obligations,
 * reminder offsets, review settings, with a note on why. A version once stored never changes, and a campaign keeps
 * the version it was defined with. The escalation ladder is not here: it is the DMN table, changed in Camunda
 * Modeler (docs/processes.md).
 * Data: /api/templates (cn.qijin.template) with the Cockpit login's session and Camunda's CSRF token. Every text
 * reaches the page through text nodes or setAttribute, never as HTML.
 */

import { apiCaller, button, consolePage, el, navigationPlugin, replaceContent } from './qijin-common.js';

const ROUTE = '/qijin-templates';
const call = apiCaller('没有权限进行此操作（仅限活动办公室）');

// fixed by the campaign plan (cn.qijin.kernel.Venue, Theme)
const VENUES = [['ENTERPRISE', '企业'], ['SCHOOL', '学校'], ['ORGAN', '机关'], ['COMMUNITY', '社区'],
  ['RURAL', '农村'], ['FAMILY', '家庭'], ['PUBLIC_PLACE', '公共场所']];
const THEMES = [['T1', '安全发展观念'], ['T2', '安全生产形势任务'], ['T3', '安全生产措施和经验'], ['T4', '安全生产法治'],
  ['T5', '安全生产知识技能'], ['T6', '事故警示教育']];
const PHASES = [['PH1', '部署发动'], ['PH2', '组织实施'], ['PH3', '巩固提升']];
const PERIODS = [['QUARTER', '每季度'], ['MONTH', '每月']];

const STYLES = `
.qjt-page { padding: 15px 20px 40px; font-size: 14px; color: #333; max-width: 1400px; }
.qjt-page h1 { font-size: 24px; margin: 0 0 4px; }
.qjt-page h2 { font-size: 17px; margin: 26px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
.qjt-page h3 { font-size: 15px; margin: 16px 0 6px; }
.qjt-subtitle { color: #666; margin-bottom: 10px; }
.qjt-message { padding: 10px 14px; border-radius: 3px; margin: 8px 0; white-space: pre-wrap; }
.qjt-error { background: #f2dede; color: #a94442; }
.qjt-success { background: #dff0d8; color: #3c763d; }
table.qjt-table { border-collapse: collapse; width: 100%; margin: 6px 0; }
.qjt-table th, .qjt-table td { border: 1px solid #ddd; padding: 4px 6px; font-size: 13px; vertical-align: top; }
.qjt-table th { background: #f7f7f7; white-space: nowrap; }
.qjt-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 8px 16px; }
.qjt-grid label { font-weight: normal; display: flex; flex-direction: column; gap: 3px; margin: 0; }
.qjt-themes label { font-weight: normal; margin-right: 8px; white-space: nowrap; }
.qjt-actions { display: flex; gap: 6px; margin: 8px 0; }
.qjt-faults { margin: 6px 0 0 18px; padding: 0; }
`;

/** A text, number, date or checkbox bound to obj[key]; disabled when read-only. */
function field(id, obj, key, attrs, readOnly) {
  const type = (attrs && attrs.type) || 'text';
  const input = el('input', { id, class: type === 'checkbox' ? '' : 'form-control input-sm', ...(attrs || {}), type });
  if (type === 'checkbox') {
    input.checked = !!obj[key];
  } else {
    input.value = obj[key] === undefined || obj[key] === null ? '' : String(obj[key]);
  }
  input.disabled = !!readOnly;
  input.addEventListener('change', () => {
    if (type === 'checkbox') {
      obj[key] = input.checked;
    } else if (type === 'number') {
      obj[key] = input.value === '' ? null : Number(input.value);
    } else {
      obj[key] = input.value;
    }
  });
  return input;
}

function select(id, obj, key, options, readOnly) {
  const s = el('select', { id, class: 'form-control input-sm' },
    options.map(([value, label]) => el('option', { value, selected: value === obj[key] }, label)));
  s.disabled = !!readOnly;
  s.addEventListener('change', () => { obj[key] = s.value; });
  return s;
}

function themes(idPrefix, obj, readOnly) {
  obj.themes = obj.themes || [];
  return el('div', { class: 'qjt-themes' }, THEMES.map(([code, name]) => {
    const box = el('input', { id: `${idPrefix}-${code}`, type: 'checkbox' });
    box.checked = obj.themes.indexOf(code) !== -1;
    box.disabled = !!readOnly;
    box.addEventListener('change', () => {
      obj.themes = box.checked ? obj.themes.concat([code]) : obj.themes.filter((t) => t !== code);
    });
    return el('label', { title: name }, box, ` ${code}`);
  }));
}

/** "14, 3" <-> [14, 3] */
function daysField(id, obj, key, readOnly, placeholder) {
  const input = el('input', { id, type: 'text', class: 'form-control input-sm', placeholder: placeholder || '' });
  input.value = obj[key] ? obj[key].daysBefore.join(', ') : '';
  input.disabled = !!readOnly;
  return input;
}

class TemplatesPage {

  constructor(root, api, signal, me) {
    this.root = root;
    this.api = api;
    this.signal = signal;
    this.mayEdit = me.office;
  }

  async load() {
    try {
      this.versions = await call(this.api, this.signal, '读取活动模板', '/templates');
      this.render();
    } catch (e) {
      if (e.name !== 'AbortError') {
        replaceContent(this.root, el('div', { class: 'qjt-message qjt-error' }, e.message));
      }
    }
  }

  render() {
    this.notice = el('div', { id: 'qjt-notice', class: 'qjt-message', role: 'status', hidden: true });
    this.editor = el('div', { id: 'qjt-editor' });
    replaceContent(this.root, el('div', { class: 'qjt-page' },
      el('h1', {}, '活动模板'),
      el('div', { class: 'qjt-subtitle' }, '发起活动时选用的模板：各场所类型的检查清单、宣传主题、周期任务和提醒设置。已保存的版本不再改动，'
        + '活动一直使用发起时的版本。' + (this.mayEdit ? '修改请从最新版本“新建版本”。' : '领导小组可查看，修改由活动办公室进行。')
        + '督办梯度（黄色预警、橙色督办、红色约谈的天数）是决策表 obligation-escalation.dmn，由管理员在 Camunda Modeler 中修改并部署。'),
      this.notice,
      this.versionsTable(),
      this.editor));
  }

  show(text, kind, faults) {
    replaceContent(this.notice, el('div', {}, text),
      faults && faults.length ? el('ul', { class: 'qjt-faults' }, faults.map((f) => el('li', {}, f))) : null);
    this.notice.className = `qjt-message qjt-${kind}`;
    this.notice.hidden = false;
  }

  versionsTable() {
    const newest = {};
    this.versions.forEach((t) => { newest[t.code] = Math.max(newest[t.code] || 0, t.version); });
    return el('table', { id: 'qjt-versions', class: 'qjt-table' },
      el('thead', {}, el('tr', {}, ['模板编号', '版本', '名称', '来源', '修改说明', '保存时间', '操作'].map((h) => el('th', {}, h)))),
      el('tbody', {}, this.versions.map((t) => el('tr', { 'data-version': `${t.code}#${t.version}` },
        el('td', {}, t.code), el('td', {}, `第 ${t.version} 版`), el('td', {}, t.name),
        el('td', {}, t.basedOnVersion ? `基于第 ${t.basedOnVersion} 版（${t.createdBy}）` : '随系统发布'),
        el('td', {}, t.changeNote || ''), el('td', {}, new Date(t.loadedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })),
        el('td', {},
          button(`qjt-view-${t.code}-${t.version}`, '查看', 'default', () => this.open(t, false)),
          this.mayEdit && t.version === newest[t.code]
            ? button(`qjt-new-${t.code}`, '新建版本', 'primary', () => this.open(t, true)) : null)))));
  }

  async open(template, asNewVersion) {
    try {
      const doc = await call(this.api, this.signal, '读取模板内容', `/templates/${encodeURIComponent(template.code)}/versions/${template.version}`);
      this.doc = doc;
      this.base = template;
      this.readOnly = !asNewVersion;
      this.note = { text: '' };
      this.renderEditor();
      this.editor.scrollIntoView();
    } catch (e) {
      this.show(e.message, 'error');
    }
  }

  renderEditor() {
    const d = this.doc;
    const ro = this.readOnly;
    d.venues = d.venues || {};
    VENUES.forEach(([v]) => { d.venues[v] = d.venues[v] || []; });
    d.obligations = d.obligations || [];
    d.reminders = d.reminders || { daysBefore: [14, 3], onDueDay: true, repeatEveryDaysAfter: 7, hour: 9 };
    d.review = d.review || { days: 5, workingDays: true, reminderEveryDays: 2, graceDays: 5 };
    const reminderDays = daysField('qjt-reminder-days', { r: d.reminders }, 'r', ro, '如：14, 3');
    this.reminderDays = reminderDays;
    replaceContent(this.editor,
      el('h2', {}, ro ? `${d.name}（${d.code} 第 ${d.version} 版）` : `新建第 ${this.base.version + 1} 版（基于第 ${this.base.version} 版）`),
      el('h3', {}, '基本信息'),
      el('div', { class: 'qjt-grid' },
        el('label', {}, '模板名称 *', field('qjt-name', d, 'name', { maxlength: 200 }, ro)),
        el('label', {}, '发文单位', field('qjt-issuer', d, 'issuer', { maxlength: 200 }, ro)),
        el('label', {}, '方案文号', field('qjt-document-number', d, 'documentNumber', { maxlength: 100 }, ro))),
      el('h3', {}, '默认阶段日期（发起活动时可改）'),
      el('div', { class: 'qjt-grid' }, PHASES.flatMap(([key, name]) => {
        d.phases[key] = d.phases[key] || { name, start: null, end: null };
        return [el('label', {}, `${name}开始`, field(`qjt-${key}-start`, d.phases[key], 'start', { type: 'date' }, ro)),
          el('label', {}, `${name}结束`, field(`qjt-${key}-end`, d.phases[key], 'end', { type: 'date' }, ro))];
      })),
      el('h3', {}, '检查清单'),
      VENUES.map(([venue, name]) => this.venueTable(venue, name)),
      el('h3', {}, '周期任务（REC-1：从组织实施阶段开始到巩固提升阶段结束，每期都要完成）'),
      this.obligationsTable(),
      el('h3', {}, '提醒设置（REC-2）'),
      el('div', { class: 'qjt-grid' },
        el('label', {}, '到期前提前提醒的天数（逗号分隔）', reminderDays),
        el('label', {}, '到期日当天提醒', field('qjt-on-due-day', d.reminders, 'onDueDay', { type: 'checkbox' }, ro)),
        el('label', {}, '逾期后每隔几天提醒', field('qjt-repeat', d.reminders, 'repeatEveryDaysAfter', { type: 'number', min: 1 }, ro)),
        el('label', {}, '提醒时间（时，北京时间）', field('qjt-hour', d.reminders, 'hour', { type: 'number', min: 0, max: 23 }, ro))),
      el('h3', {}, '办公室审核（REC-2）'),
      el('div', { class: 'qjt-grid' },
        el('label', {}, '审核期限（天）', field('qjt-review-days', d.review, 'days', { type: 'number', min: 1 }, ro)),
        el('label', {}, '按工作日计算', field('qjt-working-days', d.review, 'workingDays', { type: 'checkbox' }, ro)),
        el('label', {}, '到期后每隔几天提醒办公室', field('qjt-review-reminder', d.review, 'reminderEveryDays', { type: 'number', min: 1 }, ro)),
        el('label', {}, '退回后给单位的宽限天数', field('qjt-grace', d.review, 'graceDays', { type: 'number', min: 1 }, ro))),
      ro ? null : el('div', {},
        el('h3', {}, '修改说明'),
        field('qjt-note', this.note, 'text', { maxlength: 500, placeholder: '如：增加学校检查项，提醒改为提前 10 天' }, false),
        el('div', { class: 'qjt-actions' },
          button('qjt-save', `保存为第 ${this.base.version + 1} 版`, 'primary', () => this.save()),
          button('qjt-cancel', '取消', 'default', () => replaceContent(this.editor)))));
  }

  venueTable(venue, name) {
    const ro = this.readOnly;
    const items = this.doc.venues[venue];
    return el('div', { id: `qjt-venue-${venue}` },
      el('div', {}, el('strong', {}, `${name}（${items.length} 项）`), ' ',
        ro ? null : button(`qjt-add-item-${venue}`, '新增检查项', 'default', () => {
          items.push({ code: '', title: '', description: '', themes: [], allUnits: false });
          this.renderEditor();
        })),
      items.length ? el('table', { class: 'qjt-table' },
        el('thead', {}, el('tr', {}, ['编号 *', '名称 *', '说明', '宣传主题 *', '所有单位'].concat(ro ? [] : ['']).map((h) => el('th', {}, h)))),
        el('tbody', {}, items.map((item, i) => el('tr', {},
          el('td', { style: 'width: 8em' }, field(`qjt-item-${venue}-${i}-code`, item, 'code', { maxlength: 20 }, ro)),
          el('td', {}, field(`qjt-item-${venue}-${i}-title`, item, 'title', { maxlength: 200 }, ro)),
          el('td', {}, field(`qjt-item-${venue}-${i}-description`, item, 'description', { maxlength: 2000 }, ro)),
          el('td', { style: 'width: 19em' }, themes(`qjt-item-${venue}-${i}-theme`, item, ro)),
          el('td', { style: 'width: 5em' }, field(`qjt-item-${venue}-${i}-all`, item, 'allUnits', { type: 'checkbox' }, ro)),
          ro ? null : el('td', { style: 'width: 4em' }, button(`qjt-item-${venue}-${i}-remove`, '删除', 'link', () => {
            items.splice(i, 1);
            this.renderEditor();
          })))))) : null);
  }

  obligationsTable() {
    const ro = this.readOnly;
    const list = this.doc.obligations;
    this.obligationDays = [];
    return el('div', { id: 'qjt-obligations' },
      list.length ? el('table', { class: 'qjt-table' },
        el('thead', {}, el('tr', {}, ['编号 *', '场所类型', '周期', '每期至少次数', '名称 *', '宣传主题 *', '提前提醒天数（空：同上）']
          .concat(ro ? [] : ['']).map((h) => el('th', {}, h)))),
        el('tbody', {}, list.map((o, i) => {
          const days = daysField(`qjt-obligation-${i}-days`, o, 'reminders', ro, '如：3');
          this.obligationDays.push([o, days]);
          return el('tr', {},
            el('td', { style: 'width: 8em' }, field(`qjt-obligation-${i}-code`, o, 'code', { maxlength: 20 }, ro)),
            el('td', { style: 'width: 8em' }, select(`qjt-obligation-${i}-venue`, o, 'venue', VENUES, ro)),
            el('td', { style: 'width: 7em' }, select(`qjt-obligation-${i}-period`, o, 'period', PERIODS, ro)),
            el('td', { style: 'width: 6em' }, field(`qjt-obligation-${i}-min`, o, 'minCount', { type: 'number', min: 1 }, ro)),
            el('td', {}, field(`qjt-obligation-${i}-title`, o, 'title', { maxlength: 200 }, ro)),
            el('td', { style: 'width: 19em' }, themes(`qjt-obligation-${i}-theme`, o, ro)),
            el('td', { style: 'width: 9em' }, days),
            ro ? null : el('td', {}, button(`qjt-obligation-${i}-remove`, '删除', 'link', () => {
              list.splice(i, 1);
              this.renderEditor();
            })));
        }))) : el('div', {}, '无'),
      ro ? null : button('qjt-add-obligation', '新增周期任务', 'default', () => {
        list.push({ code: '', venue: 'ENTERPRISE', period: 'QUARTER', minCount: 1, title: '', themes: [], reminders: null });
        this.renderEditor();
      }));
  }

  /** "14, 3" -> [14, 3]; null for an empty field; a Chinese error for anything else. */
  static days(text, label) {
    const t = text.trim();
    if (!t) {
      return null;
    }
    const parts = t.split(/[,，、\s]+/).filter((p) => p);
    if (!parts.every((p) => /^\d{1,3}$/.test(p))) {
      throw new Error(`${label}须为用逗号分隔的天数，如 14, 3`);
    }
    return parts.map(Number);
  }

  async save() {
    const d = this.doc;
    try {
      d.reminders.daysBefore = TemplatesPage.days(this.reminderDays.value, '提前提醒的天数') || [];
      this.obligationDays.forEach(([o, input]) => {
        const days = TemplatesPage.days(input.value, `周期任务 ${o.code || ''} 的提前提醒天数`);
        o.reminders = days ? { daysBefore: days, onDueDay: d.reminders.onDueDay,
          repeatEveryDaysAfter: d.reminders.repeatEveryDaysAfter, hour: d.reminders.hour } : null;
      });
    } catch (e) {
      this.show(e.message, 'error');
      return;
    }
    try {
      const saved = await call(this.api, this.signal, '保存模板', `/templates/${encodeURIComponent(this.base.code)}/versions`,
        { basedOn: this.base.version, note: this.note.text, content: d });
      await this.load();
      this.show(`已保存为第 ${saved.version} 版。此后发起的活动可选用它；已发起的活动仍使用原来的版本。`, 'success');
    } catch (e) {
      this.show(e.message, 'error', e.faults);
      this.notice.scrollIntoView();
    }
  }
}

export default [
  navigationPlugin('qijin-templates-navigation', ROUTE, 'QIJIN_TEMPLATES', 10),
  consolePage('qijin-templates-page', ROUTE, STYLES, 'qijin-templates', 'qjt', '正在读取活动模板…',
    (root, api, signal, me) => new TemplatesPage(root, api, signal, me).load())
];
