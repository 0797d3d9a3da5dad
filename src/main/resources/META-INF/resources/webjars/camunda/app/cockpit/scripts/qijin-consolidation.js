/*
 * 巩固提升：Cockpit 前端插件（PH-3，ORG-2；Camunda 7.24 的插件接口）。
 * Registered in customScripts of scripts/config.js; Cockpit import()s this module before it starts and registers
 * each plugin of the default export:
 *   - cockpit.navigation: the header menu entry 巩固提升 (label key QIJIN_CONSOLIDATION in ../locales/zh.json);
 *   - cockpit.route: the page #/qijin-consolidation (optional ?campaignId=…).
 * The page is the office's view of the PH-3 records (cn.qijin.consolidation, docs/consolidation-records.md):
 * the good-example library with its filters and Excel export, picking accepted evidence as a good example,
 * making an example a standing rule, and the problems tracked to closure with their process instances.
 * Data: /api with the Cockpit login's session; modifying requests carry Camunda's CSRF token (X-XSRF-TOKEN, checked
 * by cn.qijin.security.WebappSessionAuthenticationFilter). The server decides who may do what and words every refusal in
 * Chinese; the page shows that message. Every text reaches the page through text nodes or setAttribute, never as HTML.
 */

import {
  API, apiCaller, chineseDate, clear, el, ensureStyles, instanceLink, navigationPlugin, pagePlugin, replaceContent,
  routeQuery, shanghaiParts, withQuery
} from './qijin-common.js';

const ROUTE = '/qijin-consolidation';
const STYLE_ID = 'qijin-consolidation-styles';
const TITLE = '巩固提升';
const EVIDENCE_PAGE = 200;
const call = apiCaller('没有权限进行此操作（仅限活动办公室）');

// fixed by the campaign plan (cn.qijin.kernel.Venue, cn.qijin.kernel.Theme)
const VENUES = [['ENTERPRISE', '企业'], ['SCHOOL', '学校'], ['ORGAN', '机关'], ['COMMUNITY', '社区'],
  ['RURAL', '农村'], ['FAMILY', '家庭'], ['PUBLIC_PLACE', '公共场所']];
const THEMES = [['T1', '安全发展观念'], ['T2', '安全生产形势任务'], ['T3', '安全生产措施和经验'],
  ['T4', '安全生产法治'], ['T5', '安全生产知识技能'], ['T6', '事故警示教育']];
const STATUS_CLASS = {
  RECTIFYING: 'qjc-status-rectifying',
  VERIFYING: 'qjc-status-verifying',
  OVERDUE: 'qjc-status-overdue',
  CLOSED: 'qjc-status-closed'
};

const STYLES = `
.qjc-page { padding: 15px 20px 40px; font-size: 14px; color: #333; max-width: 1400px; }
.qjc-page h1 { font-size: 24px; margin: 0 0 4px; }
.qjc-page h2 { font-size: 17px; margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
.qjc-page h3 { font-size: 15px; margin: 0 0 6px; }
.qjc-subtitle { color: #666; margin-bottom: 12px; }
.qjc-hint { color: #777; font-size: 13px; margin: 4px 0 8px; }
.qjc-controls { display: flex; gap: 14px 20px; align-items: flex-end; flex-wrap: wrap; margin: 10px 0; }
.qjc-controls label { font-weight: normal; margin: 0; display: flex; flex-direction: column; gap: 3px; }
.qjc-controls select, .qjc-controls input { min-width: 150px; }
.qjc-message { padding: 10px 14px; border-radius: 3px; background: #f5f5f5; margin: 8px 0; }
.qjc-message.qjc-error { background: #f2dede; color: #a94442; }
.qjc-message.qjc-success { background: #dff0d8; color: #3c763d; }
.qjc-examples { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 14px; }
.qjc-example { border: 1px solid #ddd; border-radius: 3px; padding: 10px 12px; }
.qjc-meta { color: #555; font-size: 13px; display: flex; flex-wrap: wrap; gap: 4px 16px; margin-bottom: 6px; }
.qjc-description { white-space: pre-wrap; margin: 6px 0; }
.qjc-evidence-list { margin: 6px 0; padding-left: 18px; font-size: 13px; }
.qjc-evidence-list a, .qjc-files a { margin-right: 10px; }
.qjc-rule-state { margin-top: 8px; font-size: 13px; }
.qjc-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; }
.qjc-badge-rule { background: #2d6ca2; color: #fff; }
.qjc-badge-none { background: #e0e0e0; color: #333; }
.qjc-status-rectifying { background: #5bc0de; color: #fff; }
.qjc-status-verifying { background: #f0ad4e; color: #222; }
.qjc-status-overdue { background: #d9534f; color: #fff; }
.qjc-status-closed { background: #5cb85c; color: #fff; }
.qjc-form { border: 1px solid #ddd; border-radius: 3px; background: #fafafa; padding: 10px 12px; margin-top: 8px; }
.qjc-form .qjc-field { margin-bottom: 8px; }
.qjc-form .qjc-field label { display: block; font-weight: normal; margin-bottom: 3px; }
.qjc-form textarea { min-height: 64px; }
.qjc-actions { display: flex; gap: 8px; align-items: center; }
table.qjc-table { border-collapse: collapse; width: 100%; }
.qjc-table th, .qjc-table td { border: 1px solid #ddd; padding: 5px 8px; vertical-align: top; font-size: 13px; }
.qjc-table th { background: #f7f7f7; white-space: nowrap; }
.qjc-table td.qjc-pre { white-space: pre-wrap; }
.qjc-table tr.qjc-picked td { background: #eef5fb; }
.qjc-nowrap { white-space: nowrap; }
`;

// ---- texts and form parts

// an instant, as the office reads it: Shanghai time
function chineseTime(instant) {
  if (!instant) {
    return '';
  }
  const t = new Date(instant);
  if (Number.isNaN(t.getTime())) {
    return '';
  }
  const parts = shanghaiParts(t);
  return `${chineseDate(`${parts.year}-${parts.month}-${parts.day}`)} ${parts.hour}:${parts.minute}`;
}

// "T5,T6" -> "T5 安全生产知识技能、T6 事故警示教育"
function themeNames(csv) {
  return String(csv || '').split(/[,，\s]+/).filter(Boolean)
    .map((code) => { const t = THEMES.find(([c]) => c === code); return t ? `${t[0]} ${t[1]}` : code; }).join('、');
}

function options(pairs, emptyLabel, selected) {
  return [el('option', { value: '' }, emptyLabel)].concat(pairs.map(([value, label]) =>
    el('option', { value, selected: value === selected }, label)));
}

function field(label, input, id) {
  input.setAttribute('id', id);
  return el('div', { class: 'qjc-field' }, el('label', { for: id }, label), input);
}

function messageBox(id) {
  return el('div', { id, class: 'qjc-message', role: 'status', hidden: true });
}

function show(box, text, kind) {
  box.textContent = text;
  box.className = `qjc-message qjc-${kind}`;
  box.hidden = false;
}

function hide(box) {
  box.textContent = '';
  box.hidden = true;
}

// ---- the route

// #/qijin-consolidation?campaignId=3
function routeCampaignId() {
  return routeQuery().get('campaignId');
}

// ---- the page

/**
 * One rendering of the page for one campaign. Sections reload themselves after a change; every request of the
 * page shares one AbortController, so that leaving the page (unmount) stops them.
 */
class ConsolidationPage {

  constructor(root, api, signal, campaigns, units, campaignId) {
    this.root = root;
    this.api = api;
    this.signal = signal;
    this.campaigns = campaigns;
    this.units = units;
    this.campaignId = campaignId;
    this.filter = { venue: '', unit: '', theme: '', text: '' };
    this.examples = [];
    this.rules = [];
    this.problems = [];
  }

  call(what, path, body) {
    return call(this.api, this.signal, what, path, body);
  }

  unitChoices(activeOnly) {
    return this.units.filter((u) => !activeOnly || u.active)
      .map((u) => [u.code, `${u.name}（${u.code}）${u.active ? '' : '（已停用）'}`]);
  }

  /** Reads the library, the rules and the problems; the first refusal (e.g. not the office) is the page's message. */
  load() {
    return Promise.all([this.loadLibrary(), this.loadProblems()]);
  }

  async loadLibrary() {
    const [examples, rules] = await Promise.all([
      this.call('读取典型经验库', withQuery('/good-examples', { campaign: this.campaignId, ...this.filter })),
      this.call('读取常态化制度', withQuery('/standing-rules', { campaign: this.campaignId }))
    ]);
    this.examples = examples;
    this.rules = rules;
  }

  async loadProblems() {
    this.problems = await this.call('读取问题清单', withQuery('/problems', { campaign: this.campaignId }));
  }

  render(onCampaign) {
    const campaign = this.campaigns.find((c) => String(c.id) === String(this.campaignId));
    const select = el('select', { id: 'qjc-campaign', class: 'form-control input-sm' },
      this.campaigns.map((c) => el('option', { value: c.id, selected: String(c.id) === String(this.campaignId) },
        `${c.name}（${c.statusName}）`)));
    select.addEventListener('change', () => onCampaign(select.value));
    this.libraryNode = el('div', { id: 'qjc-library-section' });
    this.pickNode = el('div', { id: 'qjc-pick-section' });
    this.rulesNode = el('div', { id: 'qjc-rules-section' });
    this.problemsNode = el('div', { id: 'qjc-problems-section' });
    replaceContent(this.root,
      el('h1', {}, TITLE),
      el('div', { class: 'qjc-subtitle', id: 'qjc-subtitle' },
        `巩固提升阶段：典型经验、常态化制度和问题整改${campaign ? `　当前活动：${campaign.name}` : ''}`),
      el('div', { class: 'qjc-controls form-inline' }, el('label', { for: 'qjc-campaign' }, '活动', select)),
      el('h2', {}, '典型经验库'), this.libraryNode,
      el('h2', {}, '选为典型（从本活动审核通过的佐证材料中选取）'), this.pickNode,
      el('h2', {}, '常态化制度'), this.rulesNode,
      el('h2', {}, '问题整改'), this.problemsNode);
    this.renderLibrary();
    this.renderPick();
    this.renderRules();
    this.renderProblems();
  }

  // ---- 典型经验库

  renderLibrary() {
    const venue = el('select', { class: 'form-control input-sm', name: 'venue' },
      options(VENUES, '全部场所', this.filter.venue));
    const unit = el('select', { class: 'form-control input-sm', name: 'unit' },
      options(this.unitChoices(false), '全部单位', this.filter.unit));
    const theme = el('select', { class: 'form-control input-sm', name: 'theme' },
      options(THEMES.map(([code, name]) => [code, `${code} ${name}`]), '全部主题', this.filter.theme));
    const text = el('input', { type: 'search', class: 'form-control input-sm', name: 'text',
      placeholder: '标题或经验做法中的文字', value: this.filter.text });
    const campaign = this.campaigns.find((c) => String(c.id) === String(this.campaignId));
    const form = el('form', { class: 'qjc-controls form-inline', id: 'qjc-library-filter' },
      el('label', {}, '活动', el('span', { class: 'form-control-static', id: 'qjc-library-campaign' },
        campaign ? campaign.name : '')),
      el('label', {}, '场所', venue), el('label', {}, '单位', unit), el('label', {}, '主题', theme),
      el('label', {}, '关键词', text),
      el('button', { type: 'submit', class: 'btn btn-primary btn-sm', id: 'qjc-library-search' }, '查询'),
      el('button', { type: 'button', class: 'btn btn-default btn-sm', id: 'qjc-library-reset' }, '清除条件'),
      el('a', { class: 'btn btn-default btn-sm', id: 'qjc-export', download: '典型经验库.xlsx',
        href: API + withQuery('/good-examples/export', { campaign: this.campaignId, ...this.filter }),
        title: '按当前条件导出典型经验库（Excel）' }, '导出 Excel'));
    const status = messageBox('qjc-library-message');
    const apply = (filter) => {
      this.filter = filter;
      this.reloadLibrary(status);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply({ venue: venue.value, unit: unit.value, theme: theme.value, text: text.value.trim() });
    });
    form.querySelector('#qjc-library-reset').addEventListener('click', () =>
      apply({ venue: '', unit: '', theme: '', text: '' }));
    replaceContent(this.libraryNode, form, status, this.exampleList());
  }

  async reloadLibrary(status) {
    try {
      await this.loadLibrary();
      this.renderLibrary();
      this.renderRules();
    } catch (e) {
      if (e.name !== 'AbortError') {
        show(status || this.libraryNode.querySelector('#qjc-library-message'), e.message, 'error');
      }
    }
  }

  exampleList() {
    if (!this.examples.length) {
      return el('div', { class: 'qjc-message', id: 'qjc-examples-none' }, '没有符合条件的典型经验。');
    }
    return el('div', { class: 'qjc-examples', id: 'qjc-examples', 'data-count': this.examples.length },
      this.examples.map((x) => this.exampleCard(x)));
  }

  exampleCard(x) {
    const rule = this.rules.find((r) => r.sourceExampleId === x.id);
    const card = el('div', { class: 'qjc-example', 'data-example': x.id },
      el('h3', { class: 'qjc-example-title' }, x.title),
      el('div', { class: 'qjc-meta' },
        el('span', { class: 'qjc-example-unit' }, `单位：${x.unitName ? `${x.unitName}（${x.unitCode}）` : '未指定'}`),
        el('span', { class: 'qjc-example-venue' }, `场所：${x.venueName || '未指定'}`),
        el('span', { class: 'qjc-example-themes' }, `主题：${x.themeNames || '未标注'}`),
        el('span', {}, `来源：${x.originName}`),
        el('span', {}, `登记：${x.createdBy || ''} ${chineseTime(x.createdAt)}`)),
      x.description ? el('div', { class: 'qjc-description' }, x.description) : null,
      this.evidenceOf(x),
      el('div', { class: 'qjc-rule-state', 'data-rule': x.standingRuleId || '' },
        x.standingRuleId
          ? [el('span', { class: 'qjc-badge qjc-badge-rule' }, '已形成常态化制度'),
            rule ? ` ${rule.title}（${chineseDate(rule.effectiveDate)}起施行）` : '']
          : el('span', { class: 'qjc-badge qjc-badge-none' }, '尚未形成常态化制度')));
    if (!x.standingRuleId) {
      const open = el('button', { type: 'button', class: 'btn btn-default btn-xs qjc-rule-open' }, '转为常态化制度');
      const slot = el('div', {});
      open.addEventListener('click', () => {
        open.hidden = true;
        replaceContent(slot, this.ruleForm(x, () => {
          clear(slot);
          open.hidden = false;
        }));
        slot.querySelector('input').focus();
      });
      card.appendChild(el('div', { class: 'qjc-rule-state' }, open));
      card.appendChild(slot);
    }
    return card;
  }

  evidenceOf(x) {
    const evidence = x.evidence || [];
    if (!evidence.length) {
      return el('div', { class: 'qjc-hint' }, '佐证材料：无（在巩固提升评定与总结中登记）');
    }
    return el('div', {}, el('div', {}, '佐证材料：'),
      el('ul', { class: 'qjc-evidence-list' }, evidence.map((e) =>
        el('li', { 'data-evidence': e.id },
          `编号 ${e.id}${e.itemCode ? ` ${e.itemCode}` : ''}　${chineseDate(e.heldOn)}　${e.summary || ''}　`,
          el('span', { class: 'qjc-files' }, e.files.map((f) =>
            el('a', { href: f.url, target: '_blank', rel: 'noopener', class: 'qjc-file', title: `打开或下载 ${f.fileName}` },
              f.fileName)))))));
  }

  ruleForm(x, close) {
    const prefix = `qjc-rule-${x.id}`;
    const title = el('input', { type: 'text', class: 'form-control input-sm', maxlength: 200 });
    const text = el('textarea', { class: 'form-control input-sm', maxlength: 4000 });
    const date = el('input', { type: 'date', class: 'form-control input-sm' });
    const status = messageBox(`${prefix}-message`);
    const submit = el('button', { type: 'submit', class: 'btn btn-primary btn-sm qjc-rule-submit' }, '形成制度');
    const cancel = el('button', { type: 'button', class: 'btn btn-default btn-sm' }, '取消');
    const form = el('form', { class: 'qjc-form qjc-rule-form', 'data-example': x.id },
      field('制度名称', title, `${prefix}-title`),
      field('制度内容', text, `${prefix}-text`),
      field('施行日期', date, `${prefix}-date`),
      status, el('div', { class: 'qjc-actions' }, submit, cancel));
    cancel.addEventListener('click', close);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      hide(status);
      try {
        await this.call('形成常态化制度', `/good-examples/${encodeURIComponent(x.id)}/standing-rule`,
          { title: title.value, text: text.value, effectiveDate: date.value || null });
        await this.reloadLibrary();
      } catch (err) {
        if (err.name !== 'AbortError') {
          show(status, err.message, 'error');
          submit.disabled = false;
        }
      }
    });
    return form;
  }

  // ---- 选为典型

  renderPick() {
    const unit = el('select', { class: 'form-control input-sm', name: 'unit' },
      options(this.unitChoices(false), '全部单位', ''));
    const venue = el('select', { class: 'form-control input-sm', name: 'venue' }, options(VENUES, '全部场所', ''));
    const search = el('form', { class: 'qjc-controls form-inline', id: 'qjc-pick-filter' },
      el('label', {}, '单位', unit), el('label', {}, '场所', venue),
      el('button', { type: 'submit', class: 'btn btn-default btn-sm', id: 'qjc-pick-search' }, '查找审核通过的佐证材料'));
    const results = el('div', { id: 'qjc-pick-results' });
    const title = el('input', { type: 'text', class: 'form-control input-sm', maxlength: 200 });
    const description = el('textarea', { class: 'form-control input-sm', maxlength: 4000 });
    const status = messageBox('qjc-pick-message');
    const submit = el('button', { type: 'submit', class: 'btn btn-primary btn-sm', id: 'qjc-pick-submit' }, '登记为典型经验');
    const record = el('form', { class: 'qjc-form', id: 'qjc-pick-form' },
      el('div', { class: 'qjc-hint' }, '勾选同一单位的一份或多份佐证材料，填写标题和说明。单位、场所和宣传主题取自佐证材料。'),
      field('标题', title, 'qjc-pick-title'),
      field('说明（经验做法）', description, 'qjc-pick-description'),
      status, el('div', { class: 'qjc-actions' }, submit));
    const find = async () => {
      replaceContent(results, el('div', { class: 'qjc-message' }, '正在查找…'));
      try {
        const page = await this.call('查找佐证材料', withQuery('/evidence', { campaign: this.campaignId, state: 'ACCEPTED',
          unit: unit.value, venue: venue.value, size: EVIDENCE_PAGE }));
        replaceContent(results, this.evidenceTable(page));
      } catch (e) {
        if (e.name !== 'AbortError') {
          replaceContent(results, el('div', { class: 'qjc-message qjc-error' }, e.message));
        }
      }
    };
    search.addEventListener('submit', (e) => {
      e.preventDefault();
      find();
    });
    record.addEventListener('submit', async (e) => {
      e.preventDefault();
      const ids = Array.from(results.querySelectorAll('input.qjc-pick:checked')).map((c) => Number(c.value));
      submit.disabled = true;
      hide(status);
      try {
        const created = await this.call('登记典型经验', `/campaigns/${encodeURIComponent(this.campaignId)}/good-examples`,
          { title: title.value, description: description.value, evidenceIds: ids });
        title.value = '';
        description.value = '';
        results.querySelectorAll('input.qjc-pick:checked').forEach((c) => {
          c.checked = false;
          c.dispatchEvent(new Event('change'));
        });
        show(status, `已登记典型经验“${created.title}”（编号 ${created.id}），已列入典型经验库。`, 'success');
        await this.reloadLibrary();
      } catch (err) {
        if (err.name !== 'AbortError') {
          show(status, err.message, 'error');
        }
      } finally {
        submit.disabled = false;
      }
    });
    replaceContent(this.pickNode, search, results, record);
    find();
  }

  evidenceTable(page) {
    const records = page.content || [];
    const total = page.page ? page.page.totalElements : page.totalElements;
    if (!records.length) {
      return el('div', { class: 'qjc-message', id: 'qjc-pick-none' }, '本活动没有符合条件的审核通过的佐证材料。');
    }
    const head = el('tr', {}, ['选择', '编号', '单位', '场所', '检查项', '开展日期', '宣传主题', '概况', '文件']
      .map((h) => el('th', {}, h)));
    const rows = records.map((e) => {
      const box = el('input', { type: 'checkbox', class: 'qjc-pick', value: e.id, id: `qjc-pick-${e.id}`,
        'aria-label': `选择佐证材料 ${e.id}` });
      const row = el('tr', { 'data-evidence': e.id, 'data-unit': e.unitCode },
        el('td', {}, box), el('td', {}, el('label', { for: `qjc-pick-${e.id}` }, String(e.id))),
        el('td', {}, `${e.unitName}（${e.unitCode}）`), el('td', { class: 'qjc-nowrap' }, e.venueName),
        el('td', { class: 'qjc-nowrap' }, e.itemCode || (e.obligationId ? '季度任务' : '')),
        el('td', { class: 'qjc-nowrap' }, chineseDate(e.heldOn)), el('td', {}, themeNames(e.themes)),
        el('td', { class: 'qjc-pre' }, e.summary || ''),
        el('td', { class: 'qjc-files' }, e.files.map((f) =>
          el('a', { href: f.url, target: '_blank', rel: 'noopener' }, f.fileName))));
      box.addEventListener('change', () => row.classList.toggle('qjc-picked', box.checked));
      return row;
    });
    return el('div', {},
      total > records.length
        ? el('div', { class: 'qjc-hint' }, `共 ${total} 份，只列出最新的 ${records.length} 份，请按单位或场所缩小范围。`)
        : null,
      el('table', { class: 'qjc-table', id: 'qjc-pick-table' }, el('thead', {}, head), el('tbody', {}, rows)));
  }

  // ---- 常态化制度

  renderRules() {
    if (!this.rules.length) {
      replaceContent(this.rulesNode, el('div', { class: 'qjc-message', id: 'qjc-rules-none' },
        '本活动尚无常态化制度。在典型经验上点击“转为常态化制度”即可形成。'));
      return;
    }
    const head = el('tr', {}, ['制度名称', '制度内容', '施行日期', '来自典型经验', '来源', '登记']
      .map((h) => el('th', {}, h)));
    const rows = this.rules.map((r) => el('tr', { 'data-rule': r.id, 'data-example': r.sourceExampleId || '' },
      el('td', { class: 'qjc-rule-title' }, r.title), el('td', { class: 'qjc-pre' }, r.text || ''),
      el('td', { class: 'qjc-nowrap' }, chineseDate(r.effectiveDate)), el('td', {}, r.sourceExampleTitle || '—'),
      el('td', { class: 'qjc-nowrap' }, r.originName),
      el('td', { class: 'qjc-nowrap' }, `${r.createdBy || ''} ${chineseTime(r.createdAt)}`)));
    replaceContent(this.rulesNode,
      el('table', { class: 'qjc-table', id: 'qjc-rules' }, el('thead', {}, head), el('tbody', {}, rows)));
  }

  // ---- 问题整改

  renderProblems() {
    replaceContent(this.problemsNode, this.problemTable(), this.problemForm());
  }

  problemTable() {
    if (!this.problems.length) {
      return el('div', { class: 'qjc-message', id: 'qjc-problems-none' }, '本活动尚未登记需要整改的问题。');
    }
    const head = el('tr', {}, ['问题', '责任单位', '整改期限', '状态', '整改情况（销号说明）', '流程实例']
      .map((h) => el('th', {}, h)));
    const rows = this.problems.map((p) => el('tr', { class: 'qjc-problem', 'data-problem': p.id,
      'data-status': p.status, 'data-process-instance': p.processInstanceId || '' },
    el('td', {}, el('div', { class: 'qjc-problem-title' }, p.title),
      p.detail ? el('div', { class: 'qjc-hint qjc-pre' }, p.detail) : null,
      el('div', { class: 'qjc-hint' }, `来源：${p.originName}`)),
    el('td', { class: 'qjc-problem-owner' }, p.ownerName || ''),
    el('td', { class: 'qjc-nowrap qjc-problem-due' }, chineseDate(p.dueDate)),
    el('td', { class: 'qjc-nowrap' },
      el('span', { class: `qjc-badge qjc-problem-status ${STATUS_CLASS[p.status] || 'qjc-badge-none'}` }, p.statusName),
      p.returnCount ? el('div', { class: 'qjc-hint' }, `已退回 ${p.returnCount} 次`) : null,
      p.escalatedAt && !p.closed ? el('div', { class: 'qjc-hint' }, `已于 ${chineseTime(p.escalatedAt)} 逾期上报`) : null),
    el('td', { class: 'qjc-pre qjc-problem-note' },
      p.closingNote || '',
      p.closedAt ? el('div', { class: 'qjc-hint' },
        `${p.closedBy || ''} ${chineseTime(p.closedAt)} ${p.origin === 'UNIT_REPORT' ? '答复' : '销号'}`) : null,
      p.evidenceUrl ? el('div', {}, el('a', { href: p.evidenceUrl, target: '_blank', rel: 'noopener' }, p.origin === 'UNIT_REPORT' ? '上报佐证材料' : '整改佐证材料')) : null),
    el('td', { class: 'qjc-nowrap' }, this.instanceCell(p))));
    return el('table', { class: 'qjc-table', id: 'qjc-problems' }, el('thead', {}, head), el('tbody', {}, rows));
  }

  instanceCell(p) {
    if (!p.processInstanceId) {
      return '—';
    }
    // a closed problem's instance has ended; Cockpit shows running instances only
    if (p.closed) {
      return el('span', { class: 'qjc-hint' }, '流程已结束');
    }
    return el('a', { href: instanceLink(p.processInstanceId), class: 'qjc-problem-instance',
      title: '在 Cockpit 中查看该问题的整改流程实例' }, '查看流程实例');
  }

  problemForm() {
    const title = el('input', { type: 'text', class: 'form-control input-sm', maxlength: 200 });
    const description = el('textarea', { class: 'form-control input-sm', maxlength: 4000 });
    const owner = el('select', { class: 'form-control input-sm' }, options(this.unitChoices(true), '活动办公室', ''));
    const due = el('input', { type: 'date', class: 'form-control input-sm' });
    const status = messageBox('qjc-problem-message');
    const submit = el('button', { type: 'submit', class: 'btn btn-primary btn-sm', id: 'qjc-problem-submit' },
      '登记并交办整改');
    const form = el('form', { class: 'qjc-form', id: 'qjc-problem-form' },
      el('h3', {}, '登记问题'),
      field('问题描述', title, 'qjc-problem-title'),
      field('具体情况', description, 'qjc-problem-description'),
      field('责任单位', owner, 'qjc-problem-owner'),
      field('整改期限（须在巩固提升阶段内）', due, 'qjc-problem-due'),
      status, el('div', { class: 'qjc-actions' }, submit));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      hide(status);
      try {
        const created = await this.call('登记问题', `/campaigns/${encodeURIComponent(this.campaignId)}/problems`,
          { title: title.value, description: description.value, ownerUnit: owner.value || null, dueDate: due.value || null });
        await this.loadProblems();
        this.renderProblems();
        show(this.problemsNode.querySelector('#qjc-problem-message'),
          `已登记问题“${created.title}”，已交${created.ownerName}整改。`, 'success');
      } catch (err) {
        if (err.name !== 'AbortError') {
          show(status, err.message, 'error');
          submit.disabled = false;
        }
      }
    });
    return form;
  }
}

// ---- plugins

function routePlugin() {
  return pagePlugin('qijin-consolidation-page', ROUTE, (node, { api }, requests) => {
    ensureStyles(STYLE_ID, STYLES);
    document.title = `${TITLE} | Camunda Cockpit`;
    const root = el('div', { class: 'qjc-page', id: 'qjc-page' });
    node.appendChild(root);
    const fail = (e) => {
      if (e.name === 'AbortError') {
        return;
      }
      replaceContent(root, el('h1', {}, TITLE), el('div', { class: 'qjc-message qjc-error', id: 'qjc-error' }, e.message));
      root.removeAttribute('aria-busy');
    };
    const open = (campaignId) => {
      const signal = requests.restart();
      root.setAttribute('aria-busy', 'true');
      Promise.all([
        call(api, signal, '读取活动列表', '/dashboard/campaigns'),
        call(api, signal, '读取单位名录', '/units')
      ]).then(async ([campaigns, units]) => {
        if (!campaigns.length) {
          throw new Error('尚无活动。');
        }
        const chosen = campaigns.find((c) => String(c.id) === String(campaignId))
          || campaigns.find((c) => c.preselected) || campaigns[0];
        const page = new ConsolidationPage(root, api, signal, campaigns, units, chosen.id);
        await page.load();
        page.render(open);
        root.setAttribute('data-campaign', chosen.id);
        root.removeAttribute('aria-busy');
      }).catch(fail);
    };
    root.appendChild(el('div', { class: 'qjc-message' }, '正在读取巩固提升记录…'));
    open(routeCampaignId());
  });
}

export default [
  navigationPlugin('qijin-consolidation-navigation', ROUTE, 'QIJIN_CONSOLIDATION', 9),
  routePlugin()
];
