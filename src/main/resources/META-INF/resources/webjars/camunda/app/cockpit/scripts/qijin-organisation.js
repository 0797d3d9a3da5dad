/*
 * 组织机构：Cockpit 前端插件（ORG-1, ORG-2；issue 14 part 2）.
 * Registered in customScripts of scripts/config.js: the header menu entry 组织机构 (label key QIJIN_ORGANISATION) and
 * the page #/qijin-organisation. The office keeps the bureau's and the office's names (the 通报's issuer, the
 * workbook's 报送单位), the leadership group's members and the office's director and staff, each bound to an account
 * where there is one. Binding grants nothing: the page says whether the account is in the group and leaves adding it
 * to the administrator. The leadership group reads the same page without the buttons.
 * Data: /api/organisation (cn.qijin.organisation) with the Cockpit login's session and Camunda's CSRF token. Every
 * text reaches the page through text nodes or setAttribute, never as HTML.
 */

import {
  apiCaller, button, consolePage, el, input, labelled, navigationPlugin, replaceContent
} from './qijin-common.js';

const ROUTE = '/qijin-organisation';
const call = apiCaller('没有权限进行此操作（仅限活动办公室）');

const STYLES = `
.qjo-page { padding: 15px 20px 40px; font-size: 14px; color: #333; max-width: 1200px; }
.qjo-page h1 { font-size: 24px; margin: 0 0 4px; }
.qjo-page h2 { font-size: 17px; margin: 26px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #ddd; }
.qjo-subtitle { color: #666; margin-bottom: 10px; }
.qjo-message { padding: 10px 14px; border-radius: 3px; margin: 8px 0; white-space: pre-wrap; }
.qjo-error { background: #f2dede; color: #a94442; }
.qjo-success { background: #dff0d8; color: #3c763d; }
.qjo-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 8px 16px; }
.qjo-grid label { font-weight: normal; display: flex; flex-direction: column; gap: 3px; margin: 0; }
table.qjo-table { border-collapse: collapse; width: 100%; margin: 6px 0; }
.qjo-table th, .qjo-table td { border: 1px solid #ddd; padding: 5px 8px; font-size: 13px; vertical-align: top; }
.qjo-table th { background: #f7f7f7; white-space: nowrap; }
.qjo-warn { color: #8a6d3b; }
.qjo-actions { display: flex; gap: 6px; margin-top: 8px; }
.qjo-panel { border: 1px solid #ccd; border-radius: 3px; background: #fafbfd; padding: 12px 14px; margin: 10px 0; }
`;

class OrganisationPage {

  constructor(root, api, signal, me) {
    this.root = root;
    this.api = api;
    this.signal = signal;
    this.mayEdit = me.office;
    this.editing = null;
  }

  async load() {
    try {
      this.data = await call(this.api, this.signal, '读取组织机构', '/organisation');
      this.render();
    } catch (e) {
      if (e.name !== 'AbortError') {
        replaceContent(this.root, el('div', { class: 'qjo-message qjo-error' }, e.message));
      }
    }
  }

  render() {
    this.notice = el('div', { id: 'qjo-notice', class: 'qjo-message', role: 'status', hidden: true });
    replaceContent(this.root, el('div', { class: 'qjo-page' },
      el('h1', {}, '组织机构'),
      el('div', { class: 'qjo-subtitle' }, '领导小组（ORG-1）和活动办公室（ORG-2）。通报的发文机关、季度汇总表的报送单位和办公室主任取自这里。'
        + (this.mayEdit ? '绑定账号只记录由谁担任，不授予权限：把账号加入领导小组或活动办公室组，由管理员在 Admin 中进行。'
          : '领导小组可查看，修改由活动办公室进行。')),
      this.notice,
      el('h2', {}, '机构信息'),
      this.profileSection(),
      el('h2', {}, '领导小组'),
      this.membersTable('qjo-leadership', this.data.leadership),
      el('h2', {}, '活动办公室'),
      this.membersTable('qjo-office', this.data.office),
      this.mayEdit ? this.memberEditor() : null));
  }

  show(text, kind) {
    replaceContent(this.notice, el('span', {}, text));
    this.notice.className = `qjo-message qjo-${kind}`;
    this.notice.hidden = false;
  }

  profileSection() {
    const p = this.data.profile;
    if (!this.mayEdit) {
      return el('table', { id: 'qjo-profile', class: 'qjo-table' }, el('tbody', {},
        [['局（委）名称', p.bureauName], ['办公室名称', p.officeName], ['办公室所在科室', p.officeSeat]]
          .map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v || '（未填写）')))));
    }
    const bureau = input('qjo-bureau', p.bureauName, { maxlength: 200 });
    const office = input('qjo-office-name', p.officeName, { maxlength: 200, placeholder: '如：台儿庄区经济和信息化局安全生产宣传教育“七进”活动办公室' });
    const seat = input('qjo-seat', p.officeSeat, { maxlength: 100, placeholder: '如：局安全科' });
    return el('div', { class: 'qjo-panel' },
      el('div', { class: 'qjo-grid' }, labelled('局（委）名称 *', bureau), labelled('办公室名称（通报的发文机关）*', office),
        labelled('办公室所在科室', seat)),
      el('div', { class: 'qjo-actions' }, button('qjo-save-profile', '保存机构信息', 'primary', async () => {
        try {
          this.data = await call(this.api, this.signal, '保存机构信息', '/organisation/profile',
            { bureauName: bureau.value, officeName: office.value, officeSeat: seat.value }, 'PUT');
          this.render();
          this.show('机构信息已保存。', 'success');
        } catch (e) {
          this.show(e.message, 'error');
        }
      })));
  }

  membersTable(id, members) {
    const headers = ['职务', '姓名', '单位职务', '电话', '绑定账号', '账号状态'].concat(this.mayEdit ? ['操作'] : []);
    return el('table', { id, class: 'qjo-table' },
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
      el('tbody', {}, members.length ? members.map((m) => el('tr', { 'data-member': String(m.id) },
        el('td', {}, m.roleName), el('td', {}, m.name), el('td', {}, m.position || ''), el('td', {}, m.phone || ''),
        el('td', {}, m.userId || ''), el('td', { class: m.userId && !m.accountInGroup ? 'qjo-warn' : '' }, m.account),
        this.mayEdit ? el('td', {},
          button(`qjo-edit-${m.id}`, '修改', 'default', () => this.edit(m)), ' ',
          button(`qjo-remove-${m.id}`, '删除', 'danger', () => this.remove(m))) : null))
        : [el('tr', {}, el('td', { colspan: String(headers.length) }, '尚未登记'))]));
  }

  memberEditor() {
    const m = this.editing || {};
    const role = el('select', { id: 'qjo-role', class: 'form-control input-sm' },
      this.data.roles.map((r) => el('option', { value: r.role, selected: r.role === m.role }, `${r.bodyName}：${r.roleName}`)));
    const name = input('qjo-name', m.name, { maxlength: 50 });
    const position = input('qjo-position', m.position, { maxlength: 100, placeholder: '如：局长、安全科科长' });
    const userId = input('qjo-user', m.userId, { maxlength: 64, placeholder: '登录账号（选填）' });
    const phone = input('qjo-phone', m.phone, { maxlength: 30 });
    const save = async () => {
      const body = { role: role.value, name: name.value, position: position.value, userId: userId.value, phone: phone.value };
      try {
        if (this.editing) {
          await call(this.api, this.signal, '保存成员', `/organisation/members/${this.editing.id}`, body, 'PUT');
        } else {
          await call(this.api, this.signal, '增加成员', '/organisation/members', body);
        }
        const done = this.editing ? `已保存 ${body.name}。` : `已增加 ${body.name}。`;
        this.editing = null;
        await this.load();
        this.show(done, 'success');
      } catch (e) {
        this.show(e.message, 'error');
      }
    };
    return el('div', { id: 'qjo-editor', class: 'qjo-panel' },
      el('h2', {}, this.editing ? `修改成员：${this.editing.name}` : '增加成员'),
      el('div', { class: 'qjo-grid' }, labelled('职务 *', role), labelled('姓名 *', name), labelled('单位职务', position),
        labelled('绑定账号', userId), labelled('电话', phone)),
      el('div', { class: 'qjo-actions' },
        button('qjo-save-member', this.editing ? '保存修改' : '增加', 'primary', save),
        this.editing ? button('qjo-cancel', '取消', 'default', () => { this.editing = null; this.render(); }) : null));
  }

  edit(member) {
    this.editing = member;
    this.render();
    document.getElementById('qjo-name').focus();
  }

  async remove(member) {
    if (!window.confirm(`删除${member.bodyName}${member.roleName} ${member.name}？`)) {
      return;
    }
    try {
      await call(this.api, this.signal, '删除成员', `/organisation/members/${member.id}`, undefined, 'DELETE');
      await this.load();
      this.show(`已删除 ${member.name}。`, 'success');
    } catch (e) {
      this.show(e.message, 'error');
    }
  }
}

export default [
  navigationPlugin('qijin-organisation-navigation', ROUTE, 'QIJIN_ORGANISATION', 9),
  consolePage('qijin-organisation-page', ROUTE, STYLES, 'qijin-organisation', 'qjo', '正在读取组织机构…',
    (root, api, signal, me) => new OrganisationPage(root, api, signal, me).load())
];
