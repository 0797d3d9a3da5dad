/*
 * 单位与账号：Cockpit 前端插件（ORG-2, ORG-3；issue 14 part 1）.
 * Registered in customScripts of scripts/config.js: the header menu entry 单位与账号 (label key QIJIN_UNITS) and the
 * page #/qijin-units. The office keeps the registry of participating units here without curl: search and filter,
 * register, edit, deactivate, add a unit to a running campaign or withdraw it with a reason; import a whole sheet (template download, a check that names each bad row, then the
 * import with its progress and the new accounts' initial passwords); export; each unit's staff accounts (create with
 * an initial password, reset it, remove). The leadership group reads the same page without the buttons.
 * Data: /api (cn.qijin.unit, docs/units-and-accounts.md) with the Cockpit login's session and Camunda's CSRF token.
 * The server decides who may do what and words every refusal in Chinese; the page shows that message. Every text
 * reaches the page through text nodes or setAttribute, never as HTML.
 */

import {
  API, apiCaller, button, consolePage, csrfToken, el, failure, input, labelled, navigationPlugin, replaceContent,
  withQuery
} from './qijin-common.js';

const ROUTE = '/qijin-units';
const FORBIDDEN = '没有权限进行此操作（仅限活动办公室）';
const call = apiCaller(FORBIDDEN);
const SHOWN = 500;

// fixed by the campaign plan (cn.qijin.kernel.Venue)
const VENUES = [['ENTERPRISE', '企业'], ['SCHOOL', '学校'], ['ORGAN', '机关'], ['COMMUNITY', '社区'],
  ['RURAL', '农村'], ['FAMILY', '家庭'], ['PUBLIC_PLACE', '公共场所']];

const STYLES = `
.qju-page { padding: 15px 20px 40px; font-size: 14px; color: #333; max-width: 1400px; }
.qju-page h1 { font-size: 24px; margin: 0 0 4px; }
.qju-page h2 { font-size: 17px; margin: 26px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
.qju-subtitle, .qju-hint { color: #666; margin-bottom: 10px; }
.qju-hint { font-size: 13px; }
.qju-controls { display: flex; gap: 12px 18px; align-items: flex-end; flex-wrap: wrap; margin: 10px 0; }
.qju-controls label { font-weight: normal; margin: 0; display: flex; flex-direction: column; gap: 3px; }
.qju-controls select, .qju-controls input[type=text], .qju-controls input[type=search] { min-width: 160px; }
.qju-message { padding: 10px 14px; border-radius: 3px; background: #f5f5f5; margin: 8px 0; white-space: pre-wrap; }
.qju-error { background: #f2dede; color: #a94442; }
.qju-success { background: #dff0d8; color: #3c763d; }
.qju-info { background: #eef5fb; color: #245269; }
table.qju-table { border-collapse: collapse; width: 100%; margin: 6px 0; }
.qju-table th, .qju-table td { border: 1px solid #ddd; padding: 5px 8px; vertical-align: top; font-size: 13px; }
.qju-table th { background: #f7f7f7; white-space: nowrap; }
.qju-table tr.qju-inactive td { color: #888; background: #fafafa; }
.qju-actions { display: flex; gap: 6px; flex-wrap: wrap; }
.qju-panel { border: 1px solid #ccd; border-radius: 3px; background: #fafbfd; padding: 12px 14px; margin: 10px 0; }
.qju-panel h3 { font-size: 15px; margin: 0 0 8px; }
.qju-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 8px 16px; }
.qju-grid label { font-weight: normal; display: flex; flex-direction: column; gap: 3px; margin: 0; }
.qju-checks { display: flex; flex-wrap: wrap; gap: 4px 14px; }
.qju-checks label { flex-direction: row; align-items: center; gap: 4px; }
.qju-password { font-family: monospace; font-size: 15px; font-weight: bold; letter-spacing: 1px; }
.qju-faults { margin: 6px 0 0 18px; padding: 0; }
.qju-faults li { margin: 2px 0; }
progress.qju-progress { width: 360px; height: 16px; vertical-align: middle; margin-right: 8px; }
`;

function message(id) {
  return el('div', { id, class: 'qju-message', role: 'status', hidden: true });
}

function show(box, text, kind) {
  replaceContent(box, el('span', {}, text));
  box.className = `qju-message qju-${kind}`;
  box.hidden = false;
}

function showFaults(box, detail, faults) {
  replaceContent(box, el('div', {}, detail),
    faults.length ? el('ul', { class: 'qju-faults' }, faults.map((f) => el('li', {}, f))) : null);
  box.className = 'qju-message qju-error';
  box.hidden = false;
}

function venueOptions(emptyLabel, selected) {
  return (emptyLabel === null ? [] : [el('option', { value: '' }, emptyLabel)])
    .concat(VENUES.map(([value, label]) => el('option', { value, selected: value === selected }, label)));
}

function passwordsTable(id, issued) {
  return el('table', { id, class: 'qju-table' },
    el('thead', {}, el('tr', {}, ['单位代码', '单位名称', '登录账号', '姓名', '初始密码'].map((h) => el('th', {}, h)))),
    el('tbody', {}, issued.map((p) => el('tr', { 'data-user': p.userId },
      el('td', {}, p.unitCode), el('td', {}, p.unitName), el('td', {}, p.userId), el('td', {}, p.name),
      el('td', { class: 'qju-password' }, p.password)))));
}

const PASSWORD_HINT = '密码只显示这一次，请抄录或打印后转交本人；本人登录后可点右上角的账号菜单→“我的资料”修改密码。'
  + '遗失时由活动办公室重置。';

/** The multipart upload of the chosen sheet; `onUpload(percent)` while it is sent. Resolves with the JSON answer. */
function uploadForCheck(api, file, onUpload) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API}/units/import?preview=true`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-XSRF-TOKEN', csrfToken(api));
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(Math.round((100 * e.loaded) / e.total));
    xhr.onerror = () => reject(new Error('网络连接中断，校验失败，请检查网络后重试'));
    xhr.onload = () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (e) {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body);
      } else {
        const error = new Error(failure({ status: xhr.status }, body, '校验', FORBIDDEN));
        error.faults = (body && body.details) || [];
        reject(error);
      }
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** Imports the sheet, reading the server's progress lines; `onProgress(done, total)`. Resolves with the report. */
async function importWithProgress(api, file, onProgress) {
  const form = new FormData();
  form.append('file', file);
  let response;
  try {
    response = await fetch(`${API}/units/import?progress=true`, {
      method: 'POST', credentials: 'same-origin', body: form,
      headers: { Accept: 'application/x-ndjson, application/problem+json', 'X-XSRF-TOKEN': csrfToken(api) }
    });
  } catch (e) {
    throw new Error('网络连接中断，无法确认是否已导入；请刷新页面查看单位名册');
  }
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    const error = new Error(failure(response, body, '导入', FORBIDDEN));
    error.faults = (body && body.details) || [];
    throw error;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffered += decoder.decode(value || new Uint8Array(), { stream: !done });
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines.filter((l) => l.trim())) {
      const answer = JSON.parse(line);
      if (answer.error) {
        throw new Error(answer.error);
      }
      if (answer.report) {
        return answer.report;
      }
      onProgress(answer.done, answer.total);
    }
    if (done) {
      throw new Error('导入的回答不完整，无法确认是否已导入；请刷新页面查看单位名册');
    }
  }
}

class UnitsPage {

  constructor(root, api, signal, me) {
    this.root = root;
    this.api = api;
    this.signal = signal;
    this.mayEdit = me.office;
    this.filter = { q: '', venue: '', state: '' };
    this.file = null;
  }

  render() {
    this.notice = message('qju-notice');
    this.listBox = el('div', { id: 'qju-list' });
    this.editor = el('div', { id: 'qju-editor' });
    replaceContent(this.root, el('div', { class: 'qju-page' },
      el('h1', {}, '单位与账号'),
      el('div', { class: 'qju-subtitle' }, '参加“七进”活动的单位名册及各单位的员工账号（ORG-3）。'
        + (this.mayEdit ? '' : '领导小组可查看和导出，登记与修改由活动办公室进行。')),
      this.notice,
      this.mayEdit ? this.importSection() : null,
      el('h2', {}, '单位名册'),
      this.filters(),
      this.editor,
      this.listBox));
    return this.load();
  }

  // ---- the registry

  filters() {
    const q = el('input', { id: 'qju-q', type: 'search', class: 'form-control input-sm', placeholder: '单位代码、名称或联系人' });
    const venue = el('select', { id: 'qju-venue', class: 'form-control input-sm' }, venueOptions('全部场所类型'));
    const state = el('select', { id: 'qju-state', class: 'form-control input-sm' },
      el('option', { value: '' }, '全部'), el('option', { value: 'active' }, '参加活动'),
      el('option', { value: 'inactive' }, '停用'));
    const apply = () => {
      this.filter = { q: q.value, venue: venue.value, state: state.value };
      this.load();
    };
    q.addEventListener('keydown', (e) => e.key === 'Enter' && apply());
    venue.addEventListener('change', apply);
    state.addEventListener('change', apply);
    this.exportLink = el('a', { id: 'qju-export', class: 'btn btn-sm btn-default', href: `${API}/units/registry.xlsx` },
      '导出 Excel');
    return el('div', { class: 'qju-controls' },
      labelled('关键词', q), labelled('场所类型', venue), labelled('状态', state),
      button('qju-search', '查询', 'default', apply), this.exportLink,
      this.mayEdit ? button('qju-new', '新增单位', 'primary', () => this.openEditor(null)) : null);
  }

  async load() {
    this.exportLink.setAttribute('href', withQuery(`${API}/units/registry.xlsx`, this.filter));
    this.root.setAttribute('aria-busy', 'true');
    try {
      const units = await call(this.api, this.signal, '读取单位名册', withQuery('/units', this.filter));
      this.units = units;
      replaceContent(this.listBox, this.table(units));
    } catch (e) {
      if (e.name !== 'AbortError') {
        show(this.notice, e.message, 'error');
      }
    } finally {
      this.root.removeAttribute('aria-busy');
    }
  }

  table(units) {
    const active = units.filter((u) => u.active).length;
    const rows = units.slice(0, SHOWN).map((u) => el('tr', { 'data-code': u.code, class: u.active ? '' : 'qju-inactive' },
      el('td', {}, u.code), el('td', {}, u.name), el('td', {}, u.venueNames.join('、')),
      el('td', {}, u.contactPerson), el('td', {}, u.phone), el('td', {}, u.email || ''),
      el('td', { class: 'qju-state' }, u.active ? '参加活动' : '停用'),
      el('td', { class: 'qju-account-count' }, String(u.accounts)),
      el('td', {}, el('div', { class: 'qju-actions' },
        this.mayEdit ? button(null, '编辑', 'default', () => this.openEditor(u)) : null,
        this.mayEdit ? button(null, u.active ? '停用' : '启用', 'default', () => this.setActive(u, !u.active)) : null,
        button(null, '账号', 'default', () => this.openAccounts(u)),
        this.mayEdit && u.active ? button(null, '加入活动', 'default', () => this.openJoin(u)) : null,
        this.mayEdit ? button(null, '退出活动', 'default', () => this.openWithdraw(u)) : null))));
    return el('div', {},
      el('div', { id: 'qju-count', class: 'qju-hint' }, `共 ${units.length} 个单位，其中参加活动 ${active} 个`
        + (units.length > SHOWN ? `；下表列出前 ${SHOWN} 个，请用筛选缩小范围或导出 Excel 查看全部` : '')),
      el('table', { id: 'qju-units', class: 'qju-table' },
        el('thead', {}, el('tr', {}, ['单位代码', '单位名称', '场所类型', '联系人', '电话', '邮箱', '状态', '账号数', '操作']
          .map((h) => el('th', {}, h)))),
        el('tbody', {}, rows)));
  }

  request(unit, changes) {
    return {
      code: unit.code, name: unit.name, venue: unit.venue, contactPerson: unit.contactPerson, phone: unit.phone,
      email: unit.email || null, active: unit.active, additionalVenues: unit.additionalVenues, ...changes
    };
  }

  async setActive(unit, active) {
    try {
      await call(this.api, this.signal, active ? '启用单位' : '停用单位', `/units/${encodeURIComponent(unit.code)}`,
        this.request(unit, { active }), 'PUT');
      show(this.notice, active ? `已启用“${unit.name}”，此后发起的活动将包括该单位。`
        : `已停用“${unit.name}”：此后发起的活动不再包括该单位，已进行中的活动不受影响。`, 'success');
      await this.load();
    } catch (e) {
      show(this.notice, e.message, 'error');
    }
  }

  // ---- register or edit one unit

  openEditor(unit) {
    const editing = unit !== null;
    const u = unit || { code: '', name: '', venue: '', additionalVenues: [], contactPerson: '', phone: '', email: '', active: true };
    const code = input('qju-f-code', u.code, editing ? { readonly: true } : { maxlength: 20 });
    const name = input('qju-f-name', u.name, { maxlength: 200 });
    const venue = el('select', { id: 'qju-f-venue', class: 'form-control input-sm' }, venueOptions('请选择', u.venue));
    const extra = VENUES.map(([value, label]) => {
      const box = el('input', { type: 'checkbox', value, checked: u.additionalVenues.includes(value) });
      return { value, box, label: el('label', {}, box, label) };
    });
    const contact = input('qju-f-contact', u.contactPerson, { maxlength: 50 });
    const phone = input('qju-f-phone', u.phone, { maxlength: 30 });
    const email = input('qju-f-email', u.email, { maxlength: 200, type: 'email' });
    const active = el('input', { id: 'qju-f-active', type: 'checkbox', checked: u.active });
    const box = message('qju-f-message');
    const save = async () => {
      const body = {
        code: code.value.trim(), name: name.value.trim(), venue: venue.value, contactPerson: contact.value.trim(),
        phone: phone.value.trim(), email: email.value.trim() || null, active: active.checked,
        additionalVenues: extra.filter((x) => x.box.checked && x.value !== venue.value).map((x) => x.value)
      };
      try {
        const saved = editing
          ? await call(this.api, this.signal, '保存单位', `/units/${encodeURIComponent(u.code)}`, body, 'PUT')
          : await call(this.api, this.signal, '登记单位', '/units', body);
        replaceContent(this.editor);
        show(this.notice, editing ? `已保存“${saved.name}”。` : `已登记“${saved.name}”（${saved.code}）。可点“账号”为其创建员工账号。`, 'success');
        await this.load();
      } catch (e) {
        show(box, e.message, 'error');
      }
    };
    replaceContent(this.editor, el('div', { id: 'qju-unit-form', class: 'qju-panel' },
      el('h3', {}, editing ? `编辑单位：${u.name}` : '新增单位'),
      el('div', { class: 'qju-grid' },
        labelled('单位代码（2–20 位字母或数字）', code), labelled('单位名称', name), labelled('场所类型', venue),
        labelled('联系人', contact), labelled('联系电话', phone), labelled('电子邮箱（选填）', email)),
      el('div', { class: 'qju-controls' },
        el('span', {}, '同时承担的其他场所类型：'), el('div', { class: 'qju-checks' }, extra.map((x) => x.label))),
      el('div', { class: 'qju-controls' }, el('label', { class: 'qju-checks' }, active, '参加活动（停用的单位不参加此后发起的活动）')),
      box,
      el('div', { class: 'qju-actions' }, button('qju-f-save', '保存', 'primary', save),
        button('qju-f-cancel', '取消', 'default', () => replaceContent(this.editor)))));
    name.focus();
  }

  // ---- a unit joins a running campaign (issue 14 part 4)

  /** The running campaigns as the options of `select`; a message in `box` when there is none. */
  async runningCampaigns(select, box) {
    try {
      const running = (await call(this.api, this.signal, '读取活动', '/campaigns')).filter((c) => c.status === 'RUNNING');
      if (!running.length) {
        show(box, '目前没有进行中的活动。', 'info');
      }
      replaceContent(select, running.map((c) => el('option', { value: c.id }, `${c.name}（${c.phaseName || c.statusName}）`)));
    } catch (e) {
      if (e.name !== 'AbortError') {
        show(box, e.message, 'error');
      }
    }
  }

  openWithdraw(unit) {
    const box = message('qju-w-message');
    const select = el('select', { id: 'qju-w-campaign', class: 'form-control input-sm' });
    const reason = el('textarea', { id: 'qju-w-reason', class: 'form-control input-sm', maxlength: 2000, rows: 2 });
    replaceContent(this.editor, el('div', { id: 'qju-withdraw', class: 'qju-panel', 'data-code': unit.code },
      el('h3', {}, `${unit.name}（${unit.code}）退出进行中的活动`),
      el('div', { class: 'qju-hint' }, '退出后该单位在本活动中的待办、季度（月度）任务和提醒随即结束，尚未办结的季度任务记为豁免（理由即退出理由），'
        + '此后的季度督导和通报不再包括该单位；已提交的材料和记录保留。'),
      box, el('div', { class: 'qju-controls' }, labelled('进行中的活动', select), labelled('退出理由', reason),
        button('qju-w-submit', '退出', 'danger', async () => {
          try {
            const done = await call(this.api, this.signal, '退出活动',
              `/campaigns/${encodeURIComponent(select.value)}/units/${encodeURIComponent(unit.code)}/withdrawal`,
              { reason: reason.value.trim() });
            show(box, `“${done.unitName}”已退出活动，其待办已结束。`, 'success');
          } catch (e) {
            show(box, e.message, 'error');
          }
        }),
        button('qju-w-close', '关闭', 'default', () => replaceContent(this.editor)))));
    this.runningCampaigns(select, box);
  }

  async openJoin(unit) {
    const box = message('qju-j-message');
    const select = el('select', { id: 'qju-j-campaign', class: 'form-control input-sm' });
    const panel = el('div', { id: 'qju-join', class: 'qju-panel', 'data-code': unit.code },
      el('h3', {}, `${unit.name}（${unit.code}）加入进行中的活动`),
      el('div', { class: 'qju-hint' }, '单位从今天起参加所选活动，只承担尚未到期的任务：部署发动阶段加入的须签收工作方案；'
        + '组织实施阶段加入的落实检查清单；季度（月度）任务从本季度（本月）起，此前各期不补；巩固提升阶段加入的只提交自查总结和本季度任务。'),
      box, el('div', { class: 'qju-controls' }, labelled('进行中的活动', select),
        button('qju-j-submit', '加入', 'primary', async () => {
          if (!select.value) {
            show(box, '请选择活动', 'error');
            return;
          }
          try {
            const join = await call(this.api, this.signal, '加入活动', `/campaigns/${encodeURIComponent(select.value)}/units`,
              { unitCode: unit.code });
            show(box, `“${join.unitName}”已于${join.joinedPhaseName}阶段加入（${join.joinedOn}），其待办已生成。`, 'success');
          } catch (e) {
            show(box, e.message, 'error');
          }
        }),
        button('qju-j-close', '关闭', 'default', () => replaceContent(this.editor))));
    replaceContent(this.editor, panel);
    await this.runningCampaigns(select, box);
  }

  // ---- a unit's staff accounts

  async openAccounts(unit) {
    const box = message('qju-a-message');
    const list = el('div', { id: 'qju-a-list' }, '正在读取账号…');
    const panel = el('div', { id: 'qju-accounts', class: 'qju-panel', 'data-code': unit.code },
      el('h3', {}, `${unit.name}（${unit.code}）的员工账号`),
      el('div', { class: 'qju-hint' }, '员工账号属于本单位，登录 Tasklist 后看到并办理本单位的待办。'), box, list);
    if (this.mayEdit) {
      const userId = input('qju-a-user', '', { maxlength: 30, placeholder: '如 zhangsan' });
      const name = input('qju-a-name', '', { maxlength: 50 });
      const email = input('qju-a-email', '', { maxlength: 200, type: 'email' });
      const create = async () => {
        try {
          const issued = await call(this.api, this.signal, '创建账号', `/units/${encodeURIComponent(unit.code)}/accounts`,
            { userId: userId.value.trim(), name: name.value.trim(), email: email.value.trim() || null });
          userId.value = '';
          name.value = '';
          email.value = '';
          this.showPassword(box, `已创建账号 ${issued.userId}（${issued.name}）。`, issued);
          await this.refreshAccounts(unit, list, box);
          this.load();
        } catch (e) {
          show(box, e.message, 'error');
        }
      };
      panel.appendChild(el('div', { class: 'qju-controls' }, labelled('登录账号（字母或数字）', userId),
        labelled('姓名', name), labelled('电子邮箱（选填）', email), button('qju-a-create', '创建账号', 'primary', create)));
    }
    panel.appendChild(el('div', { class: 'qju-actions' },
      button('qju-a-close', '关闭', 'default', () => replaceContent(this.editor))));
    replaceContent(this.editor, panel);
    await this.refreshAccounts(unit, list, box);
  }

  showPassword(box, text, issued, label) {
    replaceContent(box, el('div', {}, text, ` ${label || '初始密码'}：`, el('span', { id: 'qju-issued-password', class: 'qju-password' },
      issued.password)), el('div', {}, PASSWORD_HINT));
    box.className = 'qju-message qju-success';
    box.hidden = false;
  }

  async refreshAccounts(unit, list, box) {
    const path = `/units/${encodeURIComponent(unit.code)}/accounts`;
    try {
      const accounts = await call(this.api, this.signal, '读取账号', path);
      if (!accounts.length) {
        replaceContent(list, el('div', { class: 'qju-hint' }, '该单位还没有员工账号。'));
        return;
      }
      replaceContent(list, el('table', { id: 'qju-a-table', class: 'qju-table' },
        el('thead', {}, el('tr', {}, ['登录账号', '姓名', '电子邮箱', this.mayEdit ? '操作' : null].filter(Boolean)
          .map((h) => el('th', {}, h)))),
        el('tbody', {}, accounts.map((a) => el('tr', { 'data-user': a.userId },
          el('td', {}, a.userId), el('td', {}, a.name), el('td', {}, a.email || ''),
          this.mayEdit ? el('td', {}, el('div', { class: 'qju-actions' },
            button(null, '重置密码', 'default', async () => {
              try {
                const issued = await call(this.api, this.signal, '重置密码',
                  `${path}/${encodeURIComponent(a.userId)}/password`, {});
                this.showPassword(box, `已重置账号 ${a.userId}（${a.name}）的密码，原密码即时失效。`, issued, '新密码');
              } catch (e) {
                show(box, e.message, 'error');
              }
            }),
            button(null, '删除', 'danger', async () => {
              if (!window.confirm(`删除账号 ${a.userId}（${a.name}）？其已认领的任务退回本单位待办，已办理的记录保留。`)) {
                return;
              }
              try {
                await call(this.api, this.signal, '删除账号', `${path}/${encodeURIComponent(a.userId)}`, undefined, 'DELETE');
                show(box, `已删除账号 ${a.userId}。`, 'success');
                await this.refreshAccounts(unit, list, box);
                this.load();
              } catch (e) {
                show(box, e.message, 'error');
              }
            }))) : null)))));
    } catch (e) {
      if (e.name !== 'AbortError') {
        show(box, e.message, 'error');
      }
    }
  }

  // ---- import from a sheet

  importSection() {
    const file = el('input', { id: 'qju-file', type: 'file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    this.importBox = message('qju-import-message');
    this.importResult = el('div', { id: 'qju-import-result' });
    const check = button('qju-check', '校验', 'primary', () => this.check(file.files[0]));
    file.addEventListener('change', () => {
      replaceContent(this.importResult);
      this.importBox.hidden = true;
    });
    return el('div', { id: 'qju-import' },
      el('h2', {}, '从 Excel 导入'),
      el('div', { class: 'qju-hint' }, '下载导入模板，每行填写一个单位（可同时填写员工账号），上传后先校验：'
        + '任何一行有误时整张表都不导入，并列出每一行的错误；校验通过后确认导入。重复导入同一张表不会产生任何变化。'),
      el('div', { class: 'qju-controls' },
        el('a', { id: 'qju-template', class: 'btn btn-sm btn-default', href: `${API}/units/import-template.xlsx` }, '下载导入模板'),
        labelled('填好的单位名册（.xlsx）', file), check),
      this.importBox, this.importResult);
  }

  progress(text, value, max) {
    replaceContent(this.importBox, el('progress', { id: 'qju-progress', class: 'qju-progress', value, max }),
      el('span', {}, text));
    this.importBox.className = 'qju-message qju-info';
    this.importBox.hidden = false;
  }

  async check(file) {
    replaceContent(this.importResult);
    if (!file) {
      show(this.importBox, '请先选择填好的单位名册（.xlsx）', 'error');
      return;
    }
    this.progress('正在上传…', 0, 100);
    try {
      const report = await uploadForCheck(this.api, file, (percent) => {
        this.progress(percent < 100 ? `正在上传 ${percent}%…` : '已上传，正在逐行校验…', percent, 100);
      });
      this.file = file;
      this.showPreview(report);
    } catch (e) {
      showFaults(this.importBox, e.message, e.faults || []);
    }
  }

  showPreview(report) {
    const nothing = report.created === 0 && report.updated === 0 && report.accountsCreated === 0;
    show(this.importBox, `校验通过：共 ${report.rows} 行，将新增 ${report.created} 个单位、更新 ${report.updated} 个，`
      + `${report.unchanged} 个不变；新建员工账号 ${report.accountsCreated} 个。`
      + (nothing ? '表中内容与名册一致，无需导入。' : ''), nothing ? 'success' : 'info');
    if (nothing) {
      return;
    }
    replaceContent(this.importResult,
      el('table', { id: 'qju-preview', class: 'qju-table' },
        el('thead', {}, el('tr', {}, ['行号', '单位代码', '单位名称', '变化', '新建账号'].map((h) => el('th', {}, h)))),
        el('tbody', {}, report.changes.slice(0, SHOWN).map((c) => el('tr', {},
          el('td', {}, String(c.row)), el('td', {}, c.code), el('td', {}, c.name), el('td', {}, c.change),
          el('td', {}, c.newAccounts.join('、')))))),
      report.changes.length > SHOWN ? el('div', { class: 'qju-hint' }, `另有 ${report.changes.length - SHOWN} 行变化未列出。`) : null,
      el('div', { class: 'qju-actions' }, button('qju-confirm', '确认导入', 'primary', () => this.runImport())));
  }

  async runImport() {
    replaceContent(this.importResult);
    this.progress('正在导入…', 0, 1);
    try {
      const report = await importWithProgress(this.api, this.file, (done, total) => {
        this.progress(`正在导入：已完成 ${done} / ${total} 行`, done, total);
      });
      show(this.importBox, `导入完成：新增 ${report.created} 个单位、更新 ${report.updated} 个，${report.unchanged} 个不变；`
        + `新建员工账号 ${report.accountsCreated} 个。`, 'success');
      if (report.passwords.length) {
        replaceContent(this.importResult, el('h3', {}, '新建账号的初始密码'), el('div', { class: 'qju-hint' }, PASSWORD_HINT),
          passwordsTable('qju-passwords', report.passwords),
          el('div', { class: 'qju-actions' }, button('qju-print', '打印', 'default', () => window.print())));
      }
      await this.load();
    } catch (e) {
      showFaults(this.importBox, e.message, e.faults || []);
    }
  }
}

export default [
  navigationPlugin('qijin-units-navigation', ROUTE, 'QIJIN_UNITS', 8),
  consolePage('qijin-units-page', ROUTE, STYLES, 'qijin-units', 'qju', '正在读取单位名册…',
    (root, api, signal, me) => new UnitsPage(root, api, signal, me).render())
];
