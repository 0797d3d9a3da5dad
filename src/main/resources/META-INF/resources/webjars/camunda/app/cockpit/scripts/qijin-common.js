/*
 * 七进 Cockpit 插件的公共部分：what qijin-dashboard.js, qijin-consolidation.js and qijin-audit.js share.
 * Not a plugin and deliberately NOT listed in customScripts of scripts/config.js: the plugins load it with a relative
 * static import (`import { el } from './qijin-common.js';`), which the browser resolves against the importing
 * module's URL (…/app/cockpit/scripts/) and fetches with that module's CSP nonce ('strict-dynamic'), once for all
 * three. Every text reaches the page through text nodes or setAttribute, never as HTML.
 */

export const API = '/api';

// ---- DOM: text only through text nodes and attributes

export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== false) {
      e.setAttribute(k, String(v));
    }
  });
  children.flat().forEach((c) => {
    if (c === undefined || c === null || c === false) {
      return;
    }
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return e;
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

export function replaceContent(node, ...children) {
  clear(node);
  children.flat().forEach((c) => c && node.appendChild(c));
}

/** Adds the plugin's style sheet to the page once (each plugin has its own id). */
export function ensureStyles(id, css) {
  if (!document.getElementById(id)) {
    const style = el('style', { id });
    style.textContent = css;
    document.head.appendChild(style);
  }
}

// ---- dates and links

// "2017-12-20" -> "2017年12月20日"
export function chineseDate(iso) {
  const [y, m, d] = String(iso || '').split('-');
  return y && m && d ? `${y}年${Number(m)}月${Number(d)}日` : '';
}

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
});

/**
 * An instant as the office reads it, whatever the browser's zone: {year, month, day, hour, minute, second} in
 * Beijing time (two digits each, the year four).
 */
export function shanghaiParts(instant) {
  const parts = {};
  SHANGHAI.formatToParts(new Date(instant)).forEach((p) => {
    parts[p.type] = p.value;
  });
  return parts;
}

export function instanceLink(processInstanceId) {
  return `#/process-instance/${encodeURIComponent(processInstanceId)}/runtime`;
}

// ---- the route's and the API's query strings

/** The query of the page's hash route, e.g. #/qijin-dashboard?campaignId=3&quarter=2017Q4. */
export function routeQuery() {
  const hash = window.location.hash || '';
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));
}

/** The parameters that are not blank, trimmed, in the given order. */
export function searchParams(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && String(v).trim() !== '') {
      q.set(k, String(v).trim());
    }
  });
  return q;
}

/** "/problems" + {campaign: 3} -> "/problems?campaign=3"; no "?" without parameters. */
export function withQuery(path, params) {
  const q = searchParams(params).toString();
  return q ? `${path}?${q}` : path;
}

// ---- data: /api with the Cockpit login's session

/** Camunda's CSRF token, which every modifying /api request of a web app carries as X-XSRF-TOKEN. */
export function csrfToken(api) {
  const cookie = (document.cookie ? document.cookie.split(';') : [])
    .map((p) => p.trim()).find((p) => p.indexOf('XSRF-TOKEN=') === 0);
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : (api && api.CSRFToken) || '';
}

/** The Chinese message for a refused /api request: the server's own, else one naming `what`. */
export function failure(response, body, what, forbidden) {
  if (body && (body.detail || body.message)) {
    return body.detail || body.message;
  }
  if (response.status === 401) {
    return '登录已失效，请重新登录后再试';
  }
  if (response.status === 403) {
    return forbidden;
  }
  return `${what}失败（服务器返回 ${response.status}），请稍后重试`;
}

/**
 * The plugin's way to call /api: `call(api, signal, what, path, body, method)` GETs (body undefined) or POSTs JSON
 * (or PUTs, DELETEs: `method`) with Camunda's CSRF token (X-XSRF-TOKEN) and resolves with the answer's JSON (null for
 * 204); it rejects with a Chinese message (the server's own, else one naming `what`, or `forbidden` on a bare 403; the
 * server's one-line-per-fault `details` as `faults`) or with the AbortError of `signal`.
 */
export function apiCaller(forbidden) {
  return async function call(api, signal, what, path, body, method) {
    const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api) };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await fetch(API + path, {
        method: method || (body === undefined ? 'GET' : 'POST'),
        credentials: 'same-origin',
        signal,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body)
      });
    } catch (e) {
      if (e.name === 'AbortError') {
        throw e;
      }
      throw new Error(`网络连接中断，${what}失败，请检查网络后重试`);
    }
    let answer = null;
    try {
      answer = await response.json();
    } catch (e) {
      answer = null;
    }
    if (!response.ok) {
      const error = new Error(failure(response, answer, what, forbidden));
      error.faults = (answer && answer.details) || [];
      throw error;
    }
    if (response.status === 204) {
      return null;
    }
    if (answer === null) {
      throw new Error(`${what}失败：服务器的回答无法识别`);
    }
    return answer;
  };
}

/**
 * The requests of one plugin: starting anew aborts those still running; stop() is for the plugin's unmount, when
 * Cockpit leaves the view.
 */
export class Requests {

  constructor() {
    this.controller = null;
  }

  /** Aborts the running requests and returns the signal for the next ones. */
  restart() {
    this.stop();
    this.controller = new AbortController();
    return this.controller.signal;
  }

  stop() {
    if (this.controller) {
      this.controller.abort();
      this.controller = null;
    }
  }
}

// ---- the console pages' controls

/** A small text input of the console pages (单位与账号, 组织机构). */
export function input(id, value, attrs) {
  return el('input', { id, type: 'text', class: 'form-control input-sm', value: value || '', ...(attrs || {}) });
}

/** A small Bootstrap button (`kind`: primary, default, danger, link) calling `onClick`. */
export function button(id, label, kind, onClick) {
  const b = el('button', { id, type: 'button', class: `btn btn-sm btn-${kind}` }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** The control with its label above it. */
export function labelled(text, control) {
  return el('label', { for: control.id }, text, control);
}

// ---- plugins

/**
 * A plugin that renders a view: render(node, context, requests) starts its requests with requests.restart(), and
 * Cockpit's unmount stops those still running.
 */
export function viewPlugin(definition, render) {
  const requests = new Requests();
  return {
    ...definition,
    render(node, context) {
      render(node, context, requests);
    },
    unmount() {
      requests.stop();
    }
  };
}

/** The plugin's page #<route> (plugin point cockpit.route). */
export function pagePlugin(id, route, render) {
  return viewPlugin({ id, pluginPoint: 'cockpit.route', priority: 0, properties: { path: route } }, render);
}

/**
 * An office console page #<route> (单位与账号, 组织机构, 活动模板): its styles, a root element `rootId` saying
 * `loading` (CSS classes `<prefix>-message`, `<prefix>-error`), then `open(root, api, signal, me)` with the logged-in
 * user (GET /api/me, which tells what the server allows).
 */
export function consolePage(id, route, styles, rootId, prefix, loading, open) {
  return pagePlugin(id, route, (node, { api }, requests) => {
    ensureStyles(`${rootId}-styles`, styles);
    const root = el('div', { id: rootId });
    replaceContent(node, root);
    const signal = requests.restart();
    root.appendChild(el('div', { class: `${prefix}-message` }, loading));
    apiCaller('没有权限进行此操作（仅限活动办公室）')(api, signal, '读取当前用户', '/me')
      .then((me) => open(root, api, signal, me))
      .catch((e) => {
        if (e.name !== 'AbortError') {
          replaceContent(root, el('div', { class: `${prefix}-message ${prefix}-error` }, e.message));
        }
      });
  });
}

/** The header menu entry that opens the plugin's page (label: a key of ../locales/*.json). */
export function navigationPlugin(id, route, label, priority) {
  return {
    id,
    pluginPoint: 'cockpit.navigation',
    priority,
    properties: {
      pagePath: '#' + route,
      label,
      checkActive: (path) => path.indexOf('#' + route) > -1
    }
  };
}
