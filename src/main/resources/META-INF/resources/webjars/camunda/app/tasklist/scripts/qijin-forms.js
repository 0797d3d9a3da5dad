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

    return {
      qj: qj, vm: vm, el: el, valueOf: valueOf, badInput: badInput,
      str: str, trim: trim, today: today, isIsoDate: isIsoDate,
      makeRule: makeRule, addRule: addRule, textCheck: textCheck, dateCheck: dateCheck,
      textRule: textRule, dateRule: dateRule, countRule: countRule,
      decisionRule: decisionRule, commentRule: commentRule, choiceRule: choiceRule,
      when: when, syncGroups: syncGroups,
      limitDatePicker: limitDatePicker, takePreviousValue: takePreviousValue,
      validateAll: validateAll, touch: qj.touch, focus: qj.focus,
      // fn() 返回动态行的规则数组，每次校验时重新生成
      setDynamicRules: function (fn) { dynamicRules = fn; },
      THEMES: THEMES, parseThemes: parseThemes, themeNames: themeNames, parseLists: parseLists
    };
  }

  window.QijinForms = {
    create: create, THEMES: THEMES, str: str, trim: trim, today: today, isIsoDate: isIsoDate,
    period: period, parseThemes: parseThemes, themeNames: themeNames, parseLists: parseLists
  };
})(window);
