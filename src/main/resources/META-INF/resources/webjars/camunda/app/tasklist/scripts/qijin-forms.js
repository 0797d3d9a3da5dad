/*
 * 七进活动任务表单的公共库：显示变量、校验规则、错误提示、提交前处理。
 * Loaded once by Tasklist through `customScripts` in scripts/config.js. Tasklist 7.24 import()s
 * every custom script and waits for all of them before it bootstraps AngularJS, so window.QijinForms
 * exists before any embedded form (forms/*.html) runs its cam-script.
 *
 * In a form's cam-script:
 *   var f = QijinForms.create(camForm, $scope, { show: ['unitName', ...], beforeSubmit: fn });
 *   f.textRule('ackSignerName', '签收人姓名', 50, true);
 * The form's scope gets `qj` (v = display variables, err = field errors, errors = summary list).
 * Evidence files (佐证材料): f.evidenceUpload(...) in the unit's forms uploads to POST /api/evidence/uploads
 * and keeps the upload ids in the hidden String variable evidenceUploads; f.evidenceList(...) shows the
 * files of an evidence record (GET /api/evidence/{id}). Both render their lists themselves (plain DOM).
 * No default export: Tasklist then registers no plugin for this file.
 */
(function (window) {
  'use strict';

  // 六个宣传主题（三、工作重点）
  var THEMES = [
    { code: 'T1', name: '安全发展观念' },
    { code: 'T2', name: '安全生产形势任务' },
    { code: 'T3', name: '安全生产措施和经验' },
    { code: 'T4', name: '安全生产法治' },
    { code: 'T5', name: '安全生产知识技能' },
    { code: 'T6', name: '事故警示教育' }
  ];

  function str(x) { return x === undefined || x === null ? '' : String(x); }
  function trim(x) { return str(x).replace(/^\s+|\s+$/g, ''); }
  // 今天的日期（Asia/Shanghai，UTC+8，无夏令时），yyyy-MM-dd
  function today() { return new Date(Date.now() + 8 * 3600 * 1000).toISOString().substring(0, 10); }
  function isIsoDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) { return false; }
    var d = new Date(s + 'T00:00:00Z');
    return !isNaN(d.getTime()) && d.toISOString().substring(0, 10) === s;
  }
  // 每个任务都显示的活动名称和三个阶段（只读）
  var CAMPAIGN_VARS = ['campaignName', 'ph1Start', 'ph1End', 'ph2Start', 'ph2End', 'ph3Start', 'ph3End'];
  // AngularJS 的 input[type=date] 的模型是 Date，接口和变量中是 yyyy-MM-dd
  function pad2(n) { return (n < 10 ? '0' : '') + n; }
  function dateToIso(d) {
    if (!(d instanceof Date) || isNaN(d.getTime())) { return ''; }
    return ('000' + d.getFullYear()).slice(-4) + '-' + pad2(d.getMonth() + 1) + '-' + pad2(d.getDate());
  }
  function isoToDate(s) {
    s = trim(s);
    if (!isIsoDate(s)) { return null; }
    var p = s.split('-');
    return new Date(parseInt(p[0], 10), parseInt(p[1], 10) - 1, parseInt(p[2], 10));
  }
  function period(from, to) { return (from || '未设定') + ' 至 ' + (to || '未设定'); }

  // "T1,T5" -> { T1: true, T5: true }
  function parseThemes(csv) {
    var set = {};
    str(csv).split(/[,，\s]+/).forEach(function (p) { p = trim(p).toUpperCase(); if (p) { set[p] = true; } });
    return set;
  }
  function themeNames(csv) {
    var set = parseThemes(csv);
    return THEMES.filter(function (t) { return set[t.code]; })
      .map(function (t) { return t.code + ' ' + t.name; }).join('、');
  }

  // consolidationJson -> { goodExamples, standingRules, problems }（各为对象数组）；
  // 空值返回 undefined，无法解析返回 null
  function parseLists(raw) {
    var obj = raw;
    if (raw === undefined || raw === null || raw === '') { return undefined; }
    if (typeof raw === 'string') {
      try { obj = JSON.parse(raw); } catch (e) { obj = null; }
    }
    if (!obj || typeof obj !== 'object') { return null; }
    function rows(x) { return Array.isArray(x) ? x.filter(function (r) { return r && typeof r === 'object'; }) : []; }
    return { goodExamples: rows(obj.goodExamples), standingRules: rows(obj.standingRules), problems: rows(obj.problems) };
  }

  // ---- 佐证材料：与服务器的接口和显示 ----
  // 应用自己的 REST 接口（与 Tasklist 同源，凭 Tasklist 的登录会话访问）
  var API = '/api';
  // 每个文件的大小上限，与服务器的 qijin.evidence.max-file-size 一致：超过的文件不必传完再被拒绝
  var EVIDENCE_MAX_BYTES = 50 * 1024 * 1024;
  var EVIDENCE_MAX_LABEL = '50MB';
  var EVIDENCE_REQUIRED = '请至少上传一份佐证材料（会议纪要、签到表、照片等）';
  var EVIDENCE_BUSY = '佐证材料还在上传，请等上传完成后再点击“完成”';

  function fileSize(n) {
    if (n === undefined || n === null || n === '' || isNaN(n)) { return ''; }
    n = Number(n);
    if (n < 1024) { return n + ' B'; }
    if (n < 1024 * 1024) { return (n / 1024).toFixed(1) + ' KB'; }
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }
  function shortSha(sha) { sha = str(sha); return sha.length > 12 ? sha.substring(0, 12) + '…' : sha; }
  function cookie(name) {
    var parts = document.cookie ? document.cookie.split(';') : [];
    for (var i = 0; i < parts.length; i++) {
      var p = trim(parts[i]);
      if (p.indexOf(name + '=') === 0) { return decodeURIComponent(p.substring(name.length + 1)); }
    }
    return '';
  }
  // 服务器的中文错误（RFC 9457：{title, status, detail, details}；引擎接口：{type, message}）；没有时按状态码给出说明
  function apiError(xhr, what) {
    var msg = '';
    try { var problem = JSON.parse(xhr.responseText); msg = str(problem.detail || problem.message); } catch (e) { msg = ''; }
    if (msg) { return msg; }
    if (xhr.status === 0) { return '网络连接中断，' + what + '失败，请检查网络后重试'; }
    if (xhr.status === 401) { return '登录已失效，请重新登录后再试'; }
    if (xhr.status === 403) { return '没有权限，' + what + '失败'; }
    if (xhr.status === 413) { return '文件超过大小上限（每个文件最大 ' + EVIDENCE_MAX_LABEL + '），未保存'; }
    return what + '失败（服务器返回 ' + xhr.status + '），请稍后重试';
  }
  // GET /api/...，回调 done(错误信息或 null, 结果)
  function getJson(path, what, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', API + path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      if (xhr.status !== 200) { return done(apiError(xhr, what)); }
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { return done(what + '失败：服务器的回答无法识别'); }
      done(null, data);
    };
    xhr.onerror = function () { done(apiError(xhr, what)); };
    xhr.send();
    return xhr;
  }
  // POST /api/...（JSON），回调 done(错误信息或 null, 结果)
  function postJson(path, body, what, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', API + path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/json');
    var token = cookie('XSRF-TOKEN');
    if (token) { xhr.setRequestHeader('X-XSRF-TOKEN', token); }
    xhr.onload = function () {
      if (xhr.status < 200 || xhr.status > 299) { return done(apiError(xhr, what)); }
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { return done(what + '失败：服务器的回答无法识别'); }
      done(null, data);
    };
    xhr.onerror = function () { done(apiError(xhr, what)); };
    xhr.send(JSON.stringify(body));
    return xhr;
  }
  // 文件的地址：服务器给出的站内地址，否则按文件编号拼出
  function fileUrl(file) {
    var u = str(file.url);
    return /^\/[^\/\\]/.test(u) ? u : API + '/evidence/files/' + encodeURIComponent(str(file.id));
  }
  function node(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  // 能否在新标签页中查看 PDF：Camunda 默认的 CSP 以 sandbox 运行 Tasklist，从中打开的标签页继承沙箱，
  // Chrome 在沙箱中不显示 PDF（“已被屏蔽”）；CSP 含 allow-popups-to-escape-sandbox 或没有 sandbox 时才可以。
  // 读取一次 Tasklist 页面的 CSP 响应头判断；不能时 PDF 只给“下载”链接。
  var pdfTab = { known: false, ok: false, waiting: [] };
  function whenPdfTabKnown(fn) {
    if (pdfTab.known) { return fn(); }
    pdfTab.waiting.push(fn);
    if (pdfTab.waiting.length > 1) { return; }
    function done(ok) {
      pdfTab.known = true;
      pdfTab.ok = ok;
      var list = pdfTab.waiting;
      pdfTab.waiting = [];
      list.forEach(function (f) { f(); });
    }
    var xhr = new XMLHttpRequest();
    xhr.open('GET', window.location.pathname);
    xhr.onload = function () {
      var csp = str(xhr.getResponseHeader('Content-Security-Policy'));
      done(xhr.status === 200 && (!/(^|;)\s*sandbox\b/.test(csp) || csp.indexOf('allow-popups-to-escape-sandbox') !== -1));
    };
    xhr.onerror = function () { done(false); };
    xhr.send();
  }
  // 一个已存档的文件：图片显示缩略图（点击在新标签页打开原图），视频可直接播放，
  // PDF 在可以时给出“在新标签页打开”，所有文件都有“下载”；另有文件名、大小和 SHA-256（缩写，完整值在提示中）
  function renderRecordFile(file) {
    var url = fileUrl(file);
    var type = str(file.contentType);
    var kind = type.indexOf('image/') === 0 ? 'image' : type === 'application/pdf' ? 'pdf'
      : type.indexOf('video/') === 0 ? 'video' : 'other';
    var li = node('li', { 'class': 'evidence-file evidence-' + kind, 'data-file-id': str(file.id),
      style: 'margin-bottom: 12px; padding-bottom: 8px; border-bottom: 1px solid #eee;' });
    if (kind === 'image') {
      var a = node('a', { href: url, target: '_blank', rel: 'noopener', title: '点击在新标签页查看原图：' + str(file.fileName) });
      a.appendChild(node('img', { 'class': 'evidence-image img-thumbnail', src: url, alt: str(file.fileName),
        style: 'max-width: 240px; max-height: 180px; display: block; margin-bottom: 4px;' }));
      li.appendChild(a);
    } else if (kind === 'video') {
      li.appendChild(node('video', { 'class': 'evidence-video', src: url, controls: 'controls', preload: 'metadata',
        style: 'max-width: 320px; max-height: 240px; display: block; margin-bottom: 4px;' }));
    }
    var name = node('div', { 'class': 'evidence-name' });
    name.appendChild(node('span', { 'class': 'glyphicon ' + (kind === 'image' ? 'glyphicon-picture' : kind === 'video'
      ? 'glyphicon-film' : 'glyphicon-file'), 'aria-hidden': 'true' }));
    name.appendChild(document.createTextNode(' '));
    name.appendChild(node('strong', {}, str(file.fileName)));
    name.appendChild(node('span', { 'class': 'text-muted evidence-size' }, '（' + fileSize(file.size) + '）'));
    li.appendChild(name);
    var links = node('div', { 'class': 'evidence-links' });
    if (kind === 'image' || kind === 'video' || (kind === 'pdf' && pdfTab.ok)) {
      links.appendChild(node('a', { href: url, target: '_blank', rel: 'noopener', 'class': 'evidence-open' },
        kind === 'pdf' ? '在新标签页打开 PDF' : '在新标签页打开'));
      links.appendChild(document.createTextNode(' · '));
    }
    links.appendChild(node('a', { href: url + (url.indexOf('?') === -1 ? '?' : '&') + 'download=true',
      'class': 'evidence-download', download: str(file.fileName) }, kind === 'pdf' && !pdfTab.ok ? '下载查看' : '下载'));
    li.appendChild(links);
    var sha = node('div', { 'class': 'text-muted small evidence-sha' }, 'SHA-256：');
    sha.appendChild(node('code', { title: str(file.sha256), 'class': 'evidence-sha256' }, shortSha(file.sha256)));
    li.appendChild(sha);
    return li;
  }
  // 把一条佐证材料的文件显示在容器中；state：'loading' | 'error' | 'none' | 'ok'
  function renderRecord(container, state, files, message, emptyText) {
    if (!container) { return; }
    container.textContent = '';
    if (state === 'loading') {
      container.appendChild(node('p', { 'class': 'text-muted evidence-loading' }, '正在读取佐证材料…'));
    } else if (state === 'error') {
      container.appendChild(node('p', { 'class': 'text-danger evidence-load-error', role: 'alert' },
        '佐证材料读取失败：' + message));
    } else if (!files || !files.length) {
      container.appendChild(node('p', { 'class': 'text-muted evidence-empty' }, emptyText || '没有佐证材料'));
    } else {
      var ul = node('ul', { 'class': 'list-unstyled evidence-file-list', style: 'margin-bottom: 0;' });
      files.forEach(function (f) { ul.appendChild(renderRecordFile(f)); });
      container.appendChild(ul);
    }
  }
  // 上传结果的名称和大小另存在浏览器中：用 Tasklist 的“保存”暂存后再打开任务时仍能显示文件名
  function rememberUpload(u) {
    try { window.localStorage.setItem('qijin-upload:' + u.uploadId, JSON.stringify(u)); } catch (e) { /* 不影响上传 */ }
  }
  function recalledUpload(id) {
    try {
      var u = JSON.parse(window.localStorage.getItem('qijin-upload:' + id));
      if (u && u.uploadId === id) { return u; }
    } catch (e) { /* 没有记录 */ }
    return { uploadId: id, fileName: '已上传的文件（' + id.substring(0, 8) + '）', size: null };
  }

  // ---- 各表单共用的 HTML 块 ----
  // 表单里写占位元素，如 <div qj-block="errors"></div>、<div qj-block="campaign" qj-phase="2"></div>；
  // create() 把它换成这里的模板。Tasklist 先编译整个表单、再执行 cam-script，所以模板在 create() 里
  // 用表单的 $compile 在表单的 $scope 上另行编译。占位元素里的内容（已随表单编译）移入模板的 qj-slot 处。
  var PHASES = ['第一阶段 部署发动', '第二阶段 组织实施', '第三阶段 巩固提升'];
  var BLOCKS = {
    // 活动方案的时间安排（发起活动、审批活动方案）：三个阶段，各周期任务的各期及截止日期。
    // 属性：qj-source（预览数据的表达式，如 qj.d.preview）、qj-id（表格 id 的前缀：<前缀>-phases、<前缀>-obligations）
    timeline: function (holder) {
      var src = holder.getAttribute('qj-source');
      var id = holder.getAttribute('qj-id');
      return '<div class="qj-timeline">\n' +
        '  <h4 ng-show="' + src + '.phases.length">阶段</h4>\n' +
        '  <table class="table table-bordered table-condensed" id="' + id + '-phases" style="max-width: 44em;" ng-show="' + src + '.phases.length">\n' +
        '    <thead><tr><th>阶段</th><th>开始</th><th>结束</th><th>天数</th></tr></thead>\n' +
        '    <tbody><tr ng-repeat="ph in ' + src + '.phases"><td>{{ ph.name }}</td><td>{{ ph.start }}</td><td>{{ ph.end }}</td><td>{{ ph.days }}</td></tr></tbody>\n' +
        '  </table>\n' +
        '  <h4 ng-show="' + src + '.obligations.length">周期任务及各期截止日期</h4>\n' +
        '  <table class="table table-bordered table-condensed" id="' + id + '-obligations" ng-show="' + src + '.obligations.length">\n' +
        '    <thead><tr><th style="width: 14em;">任务</th><th style="width: 6em; white-space: nowrap;">场所类型</th>' +
        '<th style="width: 4em; white-space: nowrap;">周期</th><th>各期（截止日期）</th></tr></thead>\n' +
        '    <tbody>\n' +
        '      <tr ng-repeat="o in ' + src + '.obligations">\n' +
        '        <td><strong>{{ o.code }}</strong> {{ o.title }}</td><td>{{ o.venueName }}</td><td>{{ o.kind }}</td>\n' +
        '        <td><span ng-repeat="x in o.periods">{{ x.name }}（{{ x.dueDate }}）{{ $last ? \'\' : \'、\' }}</span></td>\n' +
        '      </tr>\n' +
        '    </tbody>\n' +
        '  </table>\n' +
        '</div>';
    },
    // 错误汇总
    errors: function () {
      // Tasklist greys out a task that is not assigned to the user (options.disableForm) and says nothing why
      return '<div class="qj-notices">\n' +
        '  <div class="alert alert-info" id="qj-claim-hint" role="status" ng-show="options.disableForm && !taskRemoved">\n' +
        '    <strong>请先认领此任务。</strong>点击上方任务名称下的“认领”后，即可填写本表并点击“完成”；' +
        '如该任务已由同事认领，请与其联系。\n' +
        '  </div>\n' +
        '  <div class="alert alert-danger qj-errors" id="qj-errors" role="alert"\n' +
        '       ng-show="qj.errors.length || qj.serverError">\n' +
        '    <strong>请修改以下内容后再点击“完成”：</strong>\n' +
        '    <ul>\n' +
        '      <li ng-repeat="e in qj.errors"><a href="" ng-click="qj.focus(e.id)">{{ e.msg }}</a></li>\n' +
        '      <li ng-show="qj.serverError" id="qj-server-error">服务器未接受提交：{{ qj.serverError }}</li>\n' +
        '    </ul>\n' +
        '  </div>\n' +
        '</div>';
    },
    // 活动名称和三个阶段；qj-phase="1|2|3" 突出显示当前阶段
    campaign: function (holder) {
      var current = holder.getAttribute('qj-phase');
      var rows = PHASES.map(function (name, i) {
        var n = String(i + 1);
        return '      <tr' + (n === current ? ' class="info"' : '') + '><th' + (n === '1' ? ' style="width: 12em;"' : '') + '>' +
          name + '</th><td id="ctx-ph' + n + '">{{ qj.period(qj.v.ph' + n + 'Start, qj.v.ph' + n + 'End) }}</td></tr>\n';
      });
      return '<div class="panel panel-default" id="qj-campaign">\n' +
        '  <div class="panel-heading">\n' +
        '    <strong id="ctx-campaignName">{{ qj.v.campaignName || \'安全生产宣传教育“七进”活动\' }}</strong>\n' +
        '  </div>\n' +
        '  <table class="table table-condensed" id="qj-phases">\n' +
        '    <tbody>\n' + rows.join('') + '    </tbody>\n' +
        '  </table>\n' +
        '</div>';
    },
    // 季度任务或月度任务（单位、季度或月份、活动期间）；占位元素里的 <dt>/<dd>（如到期日）接在后面
    obligation: function () {
      return '<div class="panel panel-info" id="qj-obligation">\n' +
        '  <div class="panel-heading">\n' +
        '    <strong>{{ qj.v.periodKind || \'季度\' }}任务 <span id="ctx-obligationCode">{{ qj.v.obligationCode }}</span>：<span id="ctx-obligationTitle">{{ qj.v.obligationTitle }}</span></strong>\n' +
        '  </div>\n' +
        '  <div class="panel-body">\n' +
        '    <dl class="dl-horizontal" style="margin-bottom: 0;" qj-slot>\n' +
        '      <dt>落实单位</dt><dd id="ctx-unitName">{{ qj.v.unitName || \'—\' }}<span ng-show="qj.v.venueName">（{{ qj.v.venueName }}）</span></dd>\n' +
        '      <dt>{{ qj.v.periodKind === \'月度\' ? \'月份\' : \'季度\' }}</dt><dd id="ctx-quarterName">{{ qj.v.periodName || qj.v.quarterName || \'—\' }}</dd>\n' +
        '      <dt>活动期间</dt><dd id="ctx-quarterPeriod">{{ qj.period(qj.v.quarterStart, qj.v.quarterEnd) }}</dd>\n' +
        '    </dl>\n' +
        '  </div>\n' +
        '</div>';
    },
    // 选择并上传佐证材料（与 evidenceUpload() 配合；隐藏字段 evidenceUploads 须留在表单里，表单 SDK 先于本脚本绑定它）；
    // 占位元素里的说明文字放在最后
    'evidence-upload': function () {
      return '<div id="evidenceFiles-picker">\n' +
        '  <div style="position: relative;">\n' +
        '    <label for="evidenceFiles" class="btn btn-default" id="evidenceFiles-button">\n' +
        '      <span class="glyphicon glyphicon-paperclip" aria-hidden="true"></span> 选择文件或拍照…</label>\n' +
        '    <input type="file" id="evidenceFiles" class="sr-only" multiple\n' +
        '           accept="image/*,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,video/*">\n' +
        '  </div>\n' +
        '  <div id="evidenceFiles-list" aria-live="polite"></div>\n' +
        '  <p class="help-block text-warning" id="evidenceFiles-notice" style="display: none;"></p>\n' +
        '  <p class="help-block qj-error" id="evidenceFiles-error" ng-show="qj.err.evidenceFiles">{{ qj.err.evidenceFiles }}</p>\n' +
        '  <p class="help-block" qj-slot></p>\n' +
        '</div>';
    },
    // 季度通报（qj.d.notice，见 loadRound）；qj-heading 为标题栏文字，占位元素里的下载按钮放在标题栏右侧
    notice: function (holder) {
      var heading = holder.getAttribute('qj-heading') || '{{ qj.d.notice.documentNumber }}';
      return '<div class="panel panel-primary" id="qj-notice" ng-show="qj.d.notice">\n' +
        '  <div class="panel-heading clearfix"><strong>' + heading + '</strong><span class="pull-right" qj-slot></span></div>\n' +
        '  <div class="panel-body">\n' +
        '    <p class="text-center text-muted" id="ctx-documentNumber">{{ qj.d.notice.documentNumber }}</p>\n' +
        '    <h4 class="text-center" id="ctx-title">{{ qj.d.notice.title }}</h4>\n' +
        '    <p>{{ qj.d.notice.addressee }}：</p>\n' +
        '    <div id="ctx-body" style="white-space: pre-wrap;">{{ qj.d.notice.body }}</div>\n' +
        '    <h5>通报表扬</h5>\n' +
        '    <p id="ctx-commended">{{ qj.d.notice.commendedNames.join(\'、\') || \'无\' }}</p>\n' +
        '    <h5>通报点名</h5>\n' +
        '    <p ng-hide="qj.d.notice.named.length">无</p>\n' +
        '    <ul id="ctx-named" ng-show="qj.d.notice.named.length">\n' +
        '      <li ng-repeat="x in qj.d.notice.named"><strong>{{ x.unitName }}</strong>：{{ x.reason }}</li>\n' +
        '    </ul>\n' +
        '  </div>\n' +
        '</div>';
    },
    // REC-1、PH-3：尚未办结的季度任务（qj.closing，见 loadClosing）；审定同意后活动在它们办结后才结束
    closing: function () {
      return '<div class="panel" id="qj-closing" ng-class="qj.closing.stillOpen.length ? \'panel-warning\' : \'panel-default\'">\n' +
        '  <div class="panel-heading"><strong>季度任务办结情况</strong></div>\n' +
        '  <div class="panel-body">\n' +
        '    <p class="text-danger" id="qj-closing-error" ng-show="qj.closingError">{{ qj.closingError }}</p>\n' +
        '    <p id="qj-closing-none" ng-show="qj.closing && !qj.closing.stillOpen.length">全部季度任务均已办结（已履行、已豁免，或逾期且红色约谈已记录）：活动总结审定同意后，活动即结束。</p>\n' +
        '    <div id="qj-closing-open" ng-show="qj.closing.stillOpen.length">\n' +
        '      <p>尚有 <strong id="qj-closing-count">{{ qj.closing.stillOpen.length }}</strong> 项季度任务未办结。活动总结审定同意后，这些任务及其提醒、督办照常进行；' +
        '全部办结（已履行、已豁免，或逾期且红色约谈已记录）后活动才结束，此前不会提前终止任何季度任务。</p>\n' +
        '      <table class="table table-bordered table-condensed">\n' +
        '        <thead><tr><th>单位</th><th>任务</th><th>期次</th><th>状态</th></tr></thead>\n' +
        '        <tbody><tr ng-repeat="x in qj.closing.stillOpen"><td>{{ x.unitName }}（{{ x.unitCode }}）</td><td>{{ x.obligationCode }}</td>' +
        '<td>{{ x.periodName || x.quarterName }}</td><td>{{ x.stateName }}</td></tr></tbody>\n' +
        '      </table>\n' +
        '    </div>\n' +
        '  </div>\n' +
        '</div>';
    },
    // 审核、审定、审批、验收的结论（通过 / 退回）和意见。cam-variable-name 字段须写在表单里（表单 SDK 先于本脚本
    // 绑定它们），放在占位元素内：隐藏的 Boolean 字段标 qj-into="field"，意见 textarea 标 qj-into="comment"，
    // 结论下的补充说明标 qj-into="decision-help"。属性：qj-field、qj-label（如 审核结论）、qj-yes、qj-no（选项文字）、
    // qj-comment、qj-comment-label（如 审核意见）、qj-refusal-label（选“退回”时的标签，如 退回原因）、qj-help、qj-name。
    // 规则（必选、退回时意见必填）仍由表单脚本的 f.decisionRule / f.commentRule 声明。
    decision: function (holder) {
      function a(name) { return holder.getAttribute('qj-' + name) || ''; }
      var field = a('field');
      var comment = a('comment');
      var radio = function (value, text) {
        return '      <label class="radio-inline">\n' +
          '        <input type="radio" name="' + (a('name') || field + 'Decision') + '" id="' + field + '-' + value + '" value="' + value + '"\n' +
          '               ng-model="qj.decision" ng-change="qj.decide()"> ' + text + '\n' +
          '      </label>\n';
      };
      return '<div id="qj-decision">\n' +
        '  <div class="form-group" id="' + field + '-group" ng-class="{ \'has-error\': qj.err.' + field + ' }">\n' +
        '    <label class="control-label">' + a('label') + ' <span class="text-danger">*</span></label>\n' +
        '    <span qj-slot="field"></span>\n' +
        '    <div>\n' + radio('true', a('yes')) + radio('false', a('no')) + '    </div>\n' +
        '    <p class="help-block qj-error" id="' + field + '-error" ng-show="qj.err.' + field + '">{{ qj.err.' + field + ' }}</p>\n' +
        '    <div qj-slot="decision-help"></div>\n' +
        '  </div>\n' +
        '  <div class="form-group" ng-class="{ \'has-error\': qj.err.' + comment + ' }">\n' +
        '    <label class="control-label" for="' + comment + '">\n' +
        '      <span ng-show="qj.decision === \'false\'">' + a('refusal-label') + ' <span class="text-danger">*</span></span>\n' +
        '      <span ng-hide="qj.decision === \'false\'">' + a('comment-label') + '</span>\n' +
        '    </label>\n' +
        '    <div qj-slot="comment"></div>\n' +
        '    <p class="help-block qj-error" id="' + comment + '-error" ng-show="qj.err.' + comment + '">{{ qj.err.' + comment + ' }}</p>\n' +
        '    <p class="help-block">' + a('help') + '</p>\n' +
        '  </div>\n' +
        '</div>';
    },
    // 一个字段：标签（必填时带 *）、字段、错误提示、说明。字段（含 cam-variable-name 的控件）写在占位元素里，原样
    // 放在标签之后；说明（help-block）标 qj-into="help"，放在错误提示之后。属性：qj-field（控件的 id，也是 qj.err 的键）、
    // qj-label、qj-required（必填）、qj-show（整组的 ng-show）。动态行（ng-repeat 里的字段）不能用：块只在打开表单时展开一次。
    field: function (holder) {
      function a(name) { return escapeHtml(holder.getAttribute('qj-' + name) || ''); }
      var id = a('field');
      return '<div class="form-group"' + (a('show') ? ' ng-show="' + a('show') + '"' : '') +
        ' ng-class="{ \'has-error\': qj.err.' + id + ' }">\n' +
        '  <label class="control-label" for="' + id + '">' + a('label') +
        (holder.hasAttribute('qj-required') ? ' <span class="text-danger">*</span>' : '') + '</label>\n' +
        '  <span qj-slot qj-unwrap></span>\n' +
        '  <p class="help-block qj-error" id="' + id + '-error" ng-show="qj.err.' + id + '">{{ qj.err.' + id + ' }}</p>\n' +
        '  <span qj-slot="help" qj-unwrap></span>\n' +
        '</div>';
    }
  };
  function escapeHtml(s) {
    return str(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function expandBlocks(camForm, $scope, formEl) {
    var holders = formEl ? formEl.querySelectorAll('[qj-block]') : [];
    if (!holders.length) { return; }
    var $compile = camForm.formElement.injector().get('$compile');
    Array.prototype.forEach.call(holders, function (holder) {
      // 模板按占位元素的缩进排版，与原先写在表单里时的空白相同
      var prev = holder.previousSibling;
      var indent = prev && prev.nodeType === 3 ? /[ \t]*$/.exec(prev.data)[0] : '';
      var box = document.createElement('div');
      box.innerHTML = BLOCKS[holder.getAttribute('qj-block')](holder).replace(/\n/g, '\n' + indent);
      var block = box.firstElementChild;
      var slots = {};
      Array.prototype.forEach.call(block.querySelectorAll('[qj-slot]'), function (slot) {
        slots[slot.getAttribute('qj-slot')] = slot;
        slot.removeAttribute('qj-slot');
      });
      $compile(box)($scope); // 编译外层 box，块本身不多出 ng-scope 类
      // 占位元素里的内容移入同名的 qj-slot（qj-into="名称"），其余移入不带名称的 qj-slot
      while (holder.firstChild) {
        var child = holder.firstChild;
        var into = child.nodeType === 1 ? child.getAttribute('qj-into') : null;
        var slot = slots[into || ''];
        if (into) { child.removeAttribute('qj-into'); }
        if (slot) { slot.appendChild(child); } else { holder.removeChild(child); }
      }
      Object.keys(slots).forEach(function (name) {
        var slot = slots[name];
        if (slot.hasAttribute('qj-unwrap')) {
          // 不留包装元素：内容直接成为块的子元素，与原先写在表单里时相同
          while (slot.firstChild) { slot.parentNode.insertBefore(slot.firstChild, slot); }
          slot.parentNode.removeChild(slot);
        } else if (name && !slot.firstChild && slot.tagName === 'DIV') {
          slot.parentNode.removeChild(slot);
        }
      });
      holder.parentNode.replaceChild(block, holder);
    });
  }

  // ---- 校验规则 ----
  // rule = { id, check() -> 错误信息或 '', isEmpty() -> 是否未填写, focusId, prefix（汇总中的前缀）}
  function makeRule(id, check, isEmpty, focusId, prefix) {
    return { id: id, check: check, isEmpty: isEmpty || function () { return false; },
             focusId: focusId || id, prefix: prefix || '' };
  }
  function textCheck(get, label, max, required) {
    return function () {
      var v = trim(get());
      if (!v) { return required ? '请填写' + label : ''; }
      if (v.length > max) { return label + '不能超过 ' + max + ' 字'; }
      return '';
    };
  }
  function rangeMessage(label, r) {
    var s = '';
    if (r.from && r.to) { s = label + '须在 ' + r.from + ' 至 ' + r.to + ' 之间'; }
    else if (r.from) { s = label + '不能早于 ' + r.from; }
    else if (r.to) { s = label + '不能晚于 ' + r.to; }
    if (r.notAfterToday) { s = s ? s + '，且不能晚于今天' : label + '不能晚于今天'; }
    return s;
  }
  // range: 返回 { from, to, notAfterToday } 的函数（阶段日期在变量读取后才知道）；
  // 可另给 after（须晚于该日，不含当天）和 afterMessage（早于或等于该日时的提示）
  function dateCheck(get, isBad, label, range) {
    return function () {
      if (isBad()) { return label + '不完整，请选择完整的年、月、日'; }
      var v = trim(get());
      if (!v) { return '请填写' + label; }
      if (!isIsoDate(v)) { return label + '格式应为“年-月-日”，如 2017-07-01'; }
      var r = range ? range() : {};
      if (r.after && v <= r.after) { return r.afterMessage || label + '须晚于 ' + r.after; }
      if ((r.from && v < r.from) || (r.to && v > r.to) || (r.notAfterToday && v > today())) {
        return rangeMessage(label, r);
      }
      return '';
    };
  }

  // options: show（除活动名称和阶段外、本表单只读显示的变量：加载时读取，提交时不回写）、
  //          beforeSubmit（校验通过后、提交前调用，如生成 JSON 变量）
  function create(camForm, $scope, options) {
    var opts = options || {};
    var vm = camForm.variableManager;
    var formEl = camForm.formElement && camForm.formElement[0];
    var qj = $scope.qj = { v: {}, err: {}, errors: [], submitted: false, serverError: '' };
    expandBlocks(camForm, $scope, formEl);
    var rules = [];          // 固定字段的校验规则
    var dynamicRules = null; // 动态行的校验规则（如 consolidation.html 的三个清单）
    var displayOnly = [];    // 只读显示的变量
    var trimOnSubmit = [];   // 提交前去掉首尾空白的文本字段
    var beforeCheck = [];    // 校验前调用（如把单选结果写入隐藏字段）
    var groups = [];         // 条件字段组（见 when）
    var choices = {};        // 多选一字段（见 choiceRule）

    function el(id) {
      return formEl ? formEl.querySelector('[id="' + id + '"]') : document.getElementById(id);
    }
    function valueOf(id) { var e = el(id); return e ? str(e.value) : ''; }
    function badInput(id) { var e = el(id); return !!(e && e.validity && e.validity.badInput); }
    function addRule(id, check, isEmpty, focusId) { rules.push(makeRule(id, check, isEmpty, focusId)); }
    function allRules() { return dynamicRules ? rules.concat(dynamicRules()) : rules; }
    function filled(id) { return function () { return !trim(valueOf(id)); }; }

    // 文本：required 为 true 时必填；提交前去掉首尾空白
    function textRule(id, label, max, required) {
      addRule(id, textCheck(function () { return valueOf(id); }, label, max, required), filled(id));
      trimOnSubmit.push(id);
    }
    function dateRule(id, label, range) {
      addRule(id, dateCheck(function () { return valueOf(id); }, function () { return badInput(id); }, label, range),
        function () { return !badInput(id) && !trim(valueOf(id)); });
    }
    // 日期选择器的可选范围（仅作提示；不用 Angular 的 min/max 校验，以免“完成”按钮被禁用而没有中文说明）
    function limitDatePicker(id, from, to) {
      var e = el(id);
      if (e && from) { e.setAttribute('min', from); }
      if (e && to) { e.setAttribute('max', to); }
    }
    function countRule(id, label) {
      addRule(id, function () {
        var v = trim(valueOf(id));
        if (!v && !badInput(id)) { return '请填写' + label; }
        if (!/^\d+$/.test(v)) { return label + '须为不小于 0 的整数'; }
        if (parseInt(v, 10) > 999999999) { return label + '不能超过 999999999'; }
        return '';
      }, function () { return !badInput(id) && !trim(valueOf(id)); });
    }
    // 是/否选择：单选按钮（id-true / id-false，ng-model="qj.decision" ng-change="qj.decide()"）
    // 写入隐藏的 Boolean 字段 id；选择变化时同时重新校验 alsoTouch（意见栏）
    function decisionRule(id, label, alsoTouch) {
      addRule(id, function () {
        var v = valueOf(id);
        return v === 'true' || v === 'false' ? '' : '请选择' + label;
      }, function () { return !valueOf(id); }, id + '-true');
      qj.decision = '';
      qj.decide = function () {
        el(id).value = qj.decision || '';
        qj.touch(id);
        if (alsoTouch) { qj.touch(alsoTouch); }
      };
      camForm.on('variables-applied', function () {
        var v = valueOf(id);
        qj.decision = v === 'true' || v === 'false' ? v : '';
      });
      beforeCheck.push(function () { el(id).value = qj.decision || ''; });
    }
    // 意见栏：选“退回”（decisionId 为 false）时必填，missingMsg 为未填时的提示
    function commentRule(id, label, max, decisionId, missingMsg) {
      addRule(id, function () {
        var v = trim(valueOf(id));
        if (!v) { return valueOf(decisionId) === 'false' ? missingMsg : ''; }
        if (v.length > max) { return label + '不能超过 ' + max + ' 字'; }
        return '';
      }, filled(id));
      trimOnSubmit.push(id);
    }
    // 多选一：单选按钮（id 为 <id>-<值>，ng-model="qj.choice.<id>" ng-change="qj.choose('<id>')"）
    // 写入隐藏的 String 字段 id。extraCheck(值) 可返回附加的错误信息（如已过到期日不能再申请延期）；
    // 选择变化后调用 onChange（如 syncGroups）。
    function choiceRule(id, label, values, extraCheck, onChange) {
      addRule(id, function () {
        var v = valueOf(id);
        if (values.indexOf(v) === -1) { return '请选择' + label; }
        return extraCheck ? extraCheck(v) || '' : '';
      }, function () { return !valueOf(id); }, id + '-' + values[0]);
      choices[id] = { onChange: onChange };
      qj.choice = qj.choice || {};
      qj.choice[id] = '';
      qj.choose = function (name) {
        el(name).value = qj.choice[name] || '';
        qj.touch(name);
        if (choices[name] && choices[name].onChange) { choices[name].onChange(); }
      };
      camForm.on('variables-applied', function () {
        var v = valueOf(id);
        qj.choice[id] = values.indexOf(v) !== -1 ? v : '';
      });
      beforeCheck.push(function () { el(id).value = qj.choice[id] || ''; });
    }
    // 条件字段组：fn 中添加的规则只在 active() 为真时检查（如按“办理方式”只校验所选的一组字段）。
    // 不生效的组中已填而不符合规则的内容由 syncGroups 清空：隐藏的无效值（如人数 2.5）
    // 否则会使 Tasklist 的“完成”按钮不可用，或被提交；有效内容保留，下次打开任务时仍会带出。
    function when(active, fn) {
      var start = rules.length;
      fn();
      var list = rules.slice(start);
      list.forEach(function (r) {
        var check = r.check;
        r.check = function () { return active() ? check() : ''; };
        r.checkAlways = check;
      });
      groups.push({ active: active, rules: list });
    }
    // 清空字段并通知 AngularJS（ng-model、类型校验）
    function clearField(id) {
      var e = el(id);
      if (!e || (!e.value && !(e.validity && e.validity.badInput))) { return; }
      e.value = '';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    }
    function clearInactive() {
      groups.forEach(function (g) {
        if (g.active()) { return; }
        g.rules.forEach(function (r) { if (!r.isEmpty() && r.checkAlways()) { clearField(r.id); } });
      });
    }
    // 条件变化后调用（如 choiceRule 的 onChange）：清空不生效组中的无效内容，重新检查各字段的提示
    function syncGroups() {
      clearInactive();
      allRules().forEach(function (r) { qj.touch(r.id); });
    }
    // 再次审核/审定时，不沿用上一轮的结论和意见（上一轮意见另行显示）；
    // 用户用“保存”暂存过的内容（与服务器值不同）则保留。在 'variables-restored' 中调用。
    function takePreviousValue(name) {
      var v = vm.variable(name);
      if (v && v.originalValue !== undefined && v.originalValue !== null && v.value === v.originalValue) {
        vm.variableValue(name, '');
        return v.originalValue;
      }
      return null;
    }

    // ---- 佐证材料 ----
    // 一条佐证材料（GET /api/evidence/{id}）的文件，显示在 containerId 元素中。idVar：存有记录编号的变量
    // （如 evidenceId，只读显示，不回写）；没有该变量时显示 options.empty。审核表单用它显示单位提交的材料，
    // 单位的表单用它显示退回前已提交的材料。返回的对象供 evidenceUpload 使用。
    function evidenceList(containerId, idVar, options) {
      var o = options || {};
      var rec = qj.evidenceRecord = { state: '', files: [], message: '', record: null };
      var listeners = [];
      if (displayOnly.indexOf(idVar) === -1) { displayOnly.push(idVar); }
      function render() {
        if (rec.state === 'ok' && !pdfTab.known) { return whenPdfTabKnown(render); }
        renderRecord(el(containerId), rec.state, rec.files, rec.message, o.empty);
        listeners.forEach(function (fn) { fn(); });
        $scope.$evalAsync();
      }
      camForm.on('variables-fetched', function () {
        var id = qj.v[idVar];
        if (id === undefined || id === null || id === '') { rec.state = 'none'; render(); return; }
        rec.state = 'loading';
        render();
        getJson('/evidence/' + encodeURIComponent(id), '读取佐证材料', function (err, data) {
          if (err) {
            rec.state = 'error';
            rec.message = err;
          } else {
            rec.state = 'ok';
            rec.record = data;
            rec.files = data && Array.isArray(data.files) ? data.files : [];
          }
          render();
        });
      });
      return {
        state: rec,
        // 已有存档的文件：读取失败时，有记录编号即说明有文件（服务器不保存没有文件的记录）
        hasFiles: function () {
          if (rec.state === 'ok') { return rec.files.length > 0; }
          return rec.state === 'loading' || rec.state === 'error';
        },
        fileWithSha: function (sha) {
          for (var i = 0; i < rec.files.length; i++) { if (sha && rec.files[i].sha256 === sha) { return rec.files[i]; } }
          return null;
        },
        onChange: function (fn) { listeners.push(fn); }
      };
    }

    // 上传佐证材料：文件框 inputId（<input type="file" multiple>）选择文件后逐个上传到
    // POST /api/evidence/uploads（带 Tasklist 的 CSRF 令牌），显示进度、结果和“移除”；上传编号以逗号分隔
    // 写入隐藏的 String 字段 variable（evidenceUploads），任务完成时由服务器收为佐证材料。
    // options: inputId（默认 evidenceFiles）、variable（默认 evidenceUploads）、listId（默认 <inputId>-list）、
    //   noticeId（默认 <inputId>-notice）、record（evidenceList 的返回值：已提交的材料）、
    //   recordCounts（为真时已提交的材料满足“至少一份”：同一检查项的记录在重新提交时保留原有文件）、
    //   optional（为真时可以不上传，如整改问题的佐证材料）。
    // 校验（提交时）：上传失败的文件须先移除、没有正在上传的文件、至少一份文件（optional 时不要求）。在 when() 中调用则只在该组生效。
    function evidenceUpload(options) {
      var o = options || {};
      var inputId = o.inputId || 'evidenceFiles';
      var varId = o.variable || 'evidenceUploads';
      var listId = o.listId || inputId + '-list';
      var noticeId = o.noticeId || inputId + '-notice';
      var record = o.record || null;
      var ev = qj.uploads = { done: [], pending: [], failed: [], notices: [] };
      var seq = 0;

      function failedMessage() { return ev.failed.map(function (x) { return x.message; }).join('；'); }
      addRule(inputId, function () {
        var failed = failedMessage();
        if (failed) { return failed; }
        if (ev.pending.length) { return EVIDENCE_BUSY; }
        if (!o.optional && !ev.done.length && !(o.recordCounts && record && record.hasFiles())) { return EVIDENCE_REQUIRED; }
        return '';
      }, function () { return !ev.failed.length; });
      var rule = rules[rules.length - 1];

      function syncField() {
        var e = el(varId);
        if (e) { e.value = ev.done.map(function (u) { return u.uploadId; }).join(','); }
      }
      // 状态变化后：更新隐藏字段和列表；上传失败立即提示（字段旁和顶部汇总），其余在点击“完成”后提示
      function refresh() {
        syncField();
        renderList();
        if (qj.submitted) {
          validateAll();
        } else {
          var msg = ev.failed.length ? rule.check() : '';
          qj.err[inputId] = msg;
          qj.errors = qj.errors.filter(function (e) { return e.id !== rule.focusId; });
          if (msg) { qj.errors.push({ id: rule.focusId, msg: msg }); }
        }
        $scope.$evalAsync();
      }
      function link(text, cls, onClick) {
        var a = node('a', { href: '#', role: 'button', 'class': cls, style: 'margin-left: 8px;' }, text);
        a.addEventListener('click', function (evt) { evt.preventDefault(); onClick(); });
        return a;
      }
      function without(list, item) { return list.filter(function (x) { return x !== item; }); }
      function renderList() {
        var box = el(listId);
        if (box) {
          box.textContent = '';
          var ul = node('ul', { 'class': 'list-unstyled evidence-uploads', style: 'margin: 8px 0 0 0;' });
          ev.done.forEach(function (u) {
            var li = node('li', { 'class': 'evidence-upload evidence-upload-done', 'data-upload-id': u.uploadId });
            li.appendChild(node('span', { 'class': 'glyphicon glyphicon-ok text-success', 'aria-hidden': 'true' }));
            li.appendChild(document.createTextNode(' '));
            li.appendChild(node('span', { 'class': 'evidence-upload-name' }, u.fileName));
            if (u.size !== null && u.size !== undefined) {
              li.appendChild(node('span', { 'class': 'text-muted evidence-upload-size' }, '（' + fileSize(u.size) + '）'));
            }
            li.appendChild(node('span', { 'class': 'text-success small', style: 'margin-left: 8px;' }, '已上传'));
            li.appendChild(link('移除', 'evidence-remove', function () { ev.done = without(ev.done, u); refresh(); }));
            ul.appendChild(li);
          });
          ev.pending.forEach(function (p) {
            var pct = p.total ? Math.floor(p.loaded * 100 / p.total) : 0;
            var li = node('li', { 'class': 'evidence-upload evidence-upload-pending' });
            li.appendChild(node('span', { 'class': 'evidence-upload-name' }, p.fileName));
            li.appendChild(node('span', { 'class': 'text-muted evidence-upload-size' }, '（' + fileSize(p.size) + '）'));
            li.appendChild(node('span', { 'class': 'text-info evidence-progress-text', style: 'margin-left: 8px;' },
              '上传中… ' + pct + '%'));
            li.appendChild(link('取消', 'evidence-cancel', function () { p.xhr.abort(); }));
            var bar = node('div', { 'class': 'progress', style: 'height: 6px; margin: 2px 0 6px 0; max-width: 24em;' });
            bar.appendChild(node('div', { 'class': 'progress-bar progress-bar-info', role: 'progressbar',
              'aria-valuenow': String(pct), 'aria-valuemin': '0', 'aria-valuemax': '100', style: 'width: ' + pct + '%;' }));
            li.appendChild(bar);
            ul.appendChild(li);
          });
          ev.failed.forEach(function (x) {
            var li = node('li', { 'class': 'evidence-upload evidence-upload-failed text-danger' });
            li.appendChild(node('span', { 'class': 'glyphicon glyphicon-remove', 'aria-hidden': 'true' }));
            li.appendChild(document.createTextNode(' '));
            li.appendChild(node('span', { 'class': 'evidence-upload-name' }, x.fileName));
            li.appendChild(node('span', { 'class': 'evidence-upload-message' }, '：未上传'));
            li.appendChild(link('移除', 'evidence-remove', function () { ev.failed = without(ev.failed, x); refresh(); }));
            ul.appendChild(li);
          });
          if (ul.childNodes.length) { box.appendChild(ul); }
        }
        var notice = el(noticeId);
        if (notice) {
          notice.textContent = ev.notices.join('；');
          notice.style.display = ev.notices.length ? '' : 'none';
        }
      }
      function withName(msg, name) { return msg.indexOf(name) !== -1 ? msg : '“' + name + '”：' + msg; }
      function add(u) {
        var same = ev.done.filter(function (d) { return d.sha256 && d.sha256 === u.sha256; })[0];
        if (same) {
          ev.notices.push('“' + u.fileName + '”与“' + same.fileName + '”内容完全相同，只需上传一次');
          return;
        }
        var kept = o.recordCounts && record ? record.fileWithSha(u.sha256) : null;
        if (kept) {
          ev.notices.push('“' + u.fileName + '”与已提交的“' + kept.fileName + '”内容完全相同，无需再次上传');
          return;
        }
        rememberUpload(u);
        ev.done.push(u);
      }
      function finish(item, xhr, ok) {
        ev.pending = without(ev.pending, item);
        if (ok) {
          var views = null;
          try { views = JSON.parse(xhr.responseText); } catch (e) { views = null; }
          if (Array.isArray(views)) {
            views.forEach(add);
          } else {
            ev.failed.push({ fileName: item.fileName, message: withName('上传失败：服务器的回答无法识别，请重试', item.fileName) });
          }
        } else {
          ev.failed.push({ fileName: item.fileName, message: withName(apiError(xhr, '上传'), item.fileName) });
        }
        refresh();
      }
      function uploadOne(file) {
        var name = str(file.name);
        if (file.size > EVIDENCE_MAX_BYTES) {
          ev.failed.push({ fileName: name, message: '文件“' + name + '”超过大小上限（每个文件最大 ' + EVIDENCE_MAX_LABEL + '），未上传' });
          return;
        }
        var item = { key: ++seq, fileName: name, size: file.size, loaded: 0, total: 0 };
        var xhr = item.xhr = new XMLHttpRequest();
        var data = new FormData();
        data.append('files', file, name);
        xhr.open('POST', API + '/evidence/uploads');
        xhr.setRequestHeader('Accept', 'application/json');
        var token = cookie('XSRF-TOKEN');
        if (token) { xhr.setRequestHeader('X-XSRF-TOKEN', token); }
        xhr.upload.onprogress = function (e) {
          if (e.lengthComputable) { item.loaded = e.loaded; item.total = e.total; renderList(); }
        };
        xhr.onload = function () { finish(item, xhr, xhr.status === 201 || xhr.status === 200); };
        xhr.onerror = function () { finish(item, xhr, false); };
        xhr.onabort = function () { ev.pending = without(ev.pending, item); refresh(); };
        ev.pending.push(item);
        xhr.send(data);
      }

      camForm.on('form-loaded', function () {
        var input = el(inputId);
        // 文件框可用中文按钮代替（<label for="evidenceFiles" class="btn">，文件框本身用 sr-only 隐藏）：
        // 浏览器自带的“选择文件”字样随浏览器界面语言，未必是中文。键盘焦点在文件框上时按钮显示焦点框。
        var button = formEl && input ? formEl.querySelector('label.btn[for="' + inputId + '"]') : null;
        if (button) {
          input.addEventListener('focus', function () { button.style.outline = '2px solid #66afe9'; });
          input.addEventListener('blur', function () { button.style.outline = ''; });
        }
        if (input) {
          input.addEventListener('change', function () {
            var files = Array.prototype.slice.call(input.files || []);
            if (!files.length) { return; }
            ev.notices = [];
            files.forEach(uploadOne);
            input.value = ''; // 同一文件可以再次选择
            refresh();
          });
        }
        renderList();
      });
      // 上一轮提交的上传编号已收入存档（显示在已提交的材料中），不再列出；用“保存”暂存的则带出
      camForm.on('variables-restored', function () { takePreviousValue(varId); });
      camForm.on('variables-applied', function () {
        ev.done = [];
        str(valueOf(varId)).split(',').forEach(function (id) {
          id = trim(id);
          if (id && !ev.done.some(function (u) { return u.uploadId === id; })) { ev.done.push(recalledUpload(id)); }
        });
        syncField();
        renderList();
      });
      if (record) { record.onChange(function () { if (qj.submitted) { validateAll(); } }); }
      // 提交时以列表为准（防止隐藏字段被改动）
      beforeCheck.push(syncField);
      return {
        state: ev,
        uploadIds: function () { return ev.done.map(function (u) { return u.uploadId; }); },
        busy: function () { return ev.pending.length > 0; }
      };
    }

    function validateAll() {
      qj.err = {};
      qj.errors = [];
      allRules().forEach(function (r) {
        var msg = r.check() || '';
        if (msg) {
          qj.err[r.id] = msg;
          qj.errors.push({ id: r.focusId, msg: r.prefix + msg });
        }
      });
      return qj.errors.length === 0;
    }
    // 字段变化或离开时调用；提交前只提示格式、范围等问题，不对尚未填写的必填项报错
    qj.touch = function (id) {
      if (qj.submitted) { validateAll(); return; }
      var list = allRules();
      for (var i = 0; i < list.length; i++) {
        if (list[i].id === id) {
          var msg = list[i].check() || '';
          if (msg && list[i].isEmpty() && !qj.err[id]) { msg = ''; }
          qj.err[id] = msg;
          return;
        }
      }
    };
    qj.focus = function (id) { var e = el(id); if (e && e.focus) { e.focus(); } };
    qj.period = period;
    function showSummary() {
      setTimeout(function () {
        var box = el('qj-errors');
        if (box && box.scrollIntoView) { box.scrollIntoView(); }
      }, 0);
    }
    function trimFields(ids) {
      ids.forEach(function (id) { var e = el(id); if (e) { e.value = trim(e.value); } });
    }

    camForm.on('form-loaded', function () {
      displayOnly.forEach(function (n) { vm.fetchVariable(n); });
    });
    camForm.on('variables-fetched', function () {
      displayOnly.forEach(function (n) { qj.v[n] = vm.variableValue(n); });
    });
    // 带出的已有内容（如退回后重填）若不符合规则，打开表单时即提示
    camForm.on('variables-applied', function () {
      $scope.$evalAsync(function () { allRules().forEach(function (r) { qj.touch(r.id); }); });
    });
    // 服务器拒绝时（任务监听器的中文提示）也显示在顶部
    camForm.on('submit-failed', function (evt, res) {
      var err = res && res[0];
      var msg = err && err.message ? String(err.message) : '';
      if (msg && msg.indexOf('submission prevented') === -1) {
        qj.serverError = msg;
        showSummary();
      }
    });
    // 校验不通过则阻止提交并显示错误
    camForm.on('submit', function (evt) {
      beforeCheck.forEach(function (fn) { fn(); });
      clearInactive();
      qj.submitted = true;
      qj.serverError = '';
      if (!validateAll()) {
        evt.submitPrevented = true;
        showSummary();
        return;
      }
      trimFields(trimOnSubmit);
      if (opts.beforeSubmit) { opts.beforeSubmit(); }
      displayOnly.forEach(function (n) { if (vm.variable(n)) { vm.destroyVariable(n); } });
      // 本表单写入的变量每次都提交（SDK 默认只提交有改动的变量）
      vm.variableNames().forEach(function (n) { vm.variable(n).originalValue = undefined; });
    });

    displayOnly = CAMPAIGN_VARS.concat(opts.show || []);

    // 季度督导的表单：读取 GET /api/supervisions/{roundId}（须在 show 中列出 roundId）到 qj.d，失败时 qj.loadError；
    // 读到后调用 then(data)
    function loadRound(what, then) {
      qj.d = null;
      qj.loadError = '';
      camForm.on('variables-fetched', function () {
        getJson('/supervisions/' + encodeURIComponent(qj.v.roundId), what, function (err, data) {
          $scope.$evalAsync(function () {
            if (err) { qj.loadError = err; return; }
            qj.d = data;
            if (then) { then(data); }
          });
        });
      });
    }

    // PH-3 的表单：读取 GET /api/campaigns/{campaignId}/closing 到 qj.closing（须在 show 中列出 campaignId）
    function loadClosing() {
      qj.closing = null;
      qj.closingError = '';
      camForm.on('variables-fetched', function () {
        getJson('/campaigns/' + encodeURIComponent(qj.v.campaignId) + '/closing', '读取季度任务办结情况', function (err, data) {
          $scope.$evalAsync(function () {
            if (err) { qj.closingError = err; return; }
            qj.closing = data;
          });
        });
      });
    }

    return {
      qj: qj, vm: vm, el: el, valueOf: valueOf, badInput: badInput,
      str: str, trim: trim, today: today, isIsoDate: isIsoDate,
      makeRule: makeRule, addRule: addRule, textCheck: textCheck, dateCheck: dateCheck,
      textRule: textRule, dateRule: dateRule, countRule: countRule,
      decisionRule: decisionRule, commentRule: commentRule, choiceRule: choiceRule,
      when: when, syncGroups: syncGroups,
      limitDatePicker: limitDatePicker, takePreviousValue: takePreviousValue,
      evidenceUpload: evidenceUpload, evidenceList: evidenceList, fileSize: fileSize, getJson: getJson, postJson: postJson,
      validateAll: validateAll, touch: qj.touch, focus: qj.focus, loadRound: loadRound, loadClosing: loadClosing,
      // fn() 返回动态行的规则数组，每次校验时重新生成
      setDynamicRules: function (fn) { dynamicRules = fn; },
      THEMES: THEMES, parseThemes: parseThemes, themeNames: themeNames, parseLists: parseLists
    };
  }

  window.QijinForms = {
    create: create, THEMES: THEMES, str: str, trim: trim, today: today, isIsoDate: isIsoDate,
    period: period, parseThemes: parseThemes, themeNames: themeNames, parseLists: parseLists,
    fileSize: fileSize, shortSha: shortSha, dateToIso: dateToIso, isoToDate: isoToDate
  };
})(window);
