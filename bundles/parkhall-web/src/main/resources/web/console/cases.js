/*
 * Cases (办件): search, the case file with its ledger, the supplement that completes a one-time notice, and the
 * actions the window takes (dispatch, deliver, close, withdraw, forward). The department inbox (inbox.js) shows the
 * same case file with the approver's actions. The hall enforces which action a state allows; the buttons offered
 * here follow the same lifecycle so a clerk is not shown steps that cannot happen.
 */
'use strict';

const CaseView = (() => {
  const { tx, bi, coded, say, fail, api, button, table, timeClass } = Console;

  const STATES = [
    ['SUPPLEMENT_REQUIRED', '补正', 'supplement required'], ['ACCEPTED', '已受理', 'accepted'],
    ['IN_REVIEW', '审查中', 'in review'], ['SUSPENDED', '中止', 'suspended'], ['APPROVED', '准予', 'approved'],
    ['DENIED', '不予', 'denied'], ['DELIVERED', '已送达', 'delivered'], ['FORWARDED', '异地通办转出', 'forwarded'],
    ['CLOSED', '办结', 'closed'], ['REFUSED', '不予受理', 'refused'], ['WITHDRAWN', '撤回', 'withdrawn'],
  ];

  /** What each state allows (the hall's CaseLifecycle). */
  const MOVES = {
    SUPPLEMENT_REQUIRED: ['WITHDRAW'],
    ACCEPTED: ['DISPATCH', 'FORWARD', 'WITHDRAW'],
    IN_REVIEW: ['APPROVE', 'DENY', 'SUSPEND', 'WITHDRAW'],
    SUSPENDED: ['RESUME', 'WITHDRAW'],
    APPROVED: ['DELIVER'],
    DENIED: ['DELIVER'],
    DELIVERED: ['CLOSE'],
    FORWARDED: ['CLOSE'],
  };
  const WHOLE_BUNDLE = ['DELIVER', 'CLOSE', 'WITHDRAW'];
  // The department's part of a case (its approver's or a hall admin's); every other action is the window's.
  const APPROVER_ACTIONS = ['APPROVE', 'DENY', 'SUSPEND', 'RESUME'];

  /** Each action's label, whether it needs a note, and what the note must say. */
  const ACTIONS = {
    DISPATCH: ['分转', 'Dispatch', false, '分转至承办部门审查（备注可不填）', 'send to the department for review (note optional)'],
    APPROVE: ['准予', 'Approve', true, '准予：填写核发的证照或办理结果，如“营业执照”', 'approve: what is issued, e.g. business licence'],
    DENY: ['不予', 'Deny', true, '不予：填写不予许可的理由', 'deny: the reasons'],
    SUSPEND: ['中止', 'Suspend', true, '中止：填写中止理由（如需检验、检测、鉴定）', 'suspend: the reasons (e.g. inspection needed)'],
    RESUME: ['恢复', 'Resume', false, '恢复审查（备注可不填）', 'resume the review (note optional)'],
    DELIVER: ['送达', 'Deliver', true, '送达：填写窗口签收人姓名，或快递单号', 'deliver: who signed at the window, or the tracking number'],
    CLOSE: ['办结', 'Close', false, '办结归档（备注可不填）', 'close the case (note optional)'],
    WITHDRAW: ['撤回', 'Withdraw', true, '撤回：填写撤回理由（如申请人书面申请撤回）', 'withdraw: the reasons'],
    FORWARD: ['异地通办转出', 'Forward', true, '转出：填写接收的政务服务中心', 'forward: the receiving centre'],
  };

  function stateOptions(select, withAll) {
    Console.fill(select, ...(withAll ? [tx('option', '全部状态', 'All states', { value: '' })] : []),
      ...STATES.map(([code, zh, en]) => tx('option', zh, en, { value: code })));
    return select;
  }

  /** The due date with its time-status colour (hall.css on_time / near_due / overdue). */
  function due(file) {
    if (!file.dueOn) return Console.el('span', { class: 'muted' }, '—');
    const status = file.timeStatus;
    return Console.el('span', { class: 'due ' + timeClass(status), 'data-time-status': status ? status.code : '' },
      file.dueOn, status && status.code !== 'NONE' ? [' ', coded(status, { class: 'small' })] : null);
  }

  /** The masked case list (as GET /api/v1/cases gives it); open(number) when a row is chosen. */
  function list(cases, open, listId) {
    return Console.el('div', { id: listId || 'case-list' }, table([
      ['办件编号', 'Case', file => Console.el('a', { href: '#', id: 'case-' + file.number, 'data-number': file.number,
        onclick: event => { event.preventDefault(); open(file.number); } }, file.number)],
      ['事项', 'Item', file => [Console.el('span', { class: 'code' }, file.itemCode), ' ', file.itemName]],
      ['申请人', 'Applicant', file => file.applicant],
      ['部门', 'Dept.', file => coded(Console.departmentName(file.department))],
      ['状态', 'State', file => coded(file.state, { class: 'state state-' + file.state.code })],
      ['受理日期', 'Accepted', file => file.acceptedOn || '—'],
      ['办结期限', 'Due', due],
    ], cases, file => ({ class: 'row-' + timeClass(file.timeStatus), 'data-number': file.number }),
    '没有符合条件的办件', 'No case matches'));
  }

  // ---------------------------------------------------------------- the case file

  function ledgerData(text) {
    if (!text) return '';
    try {
      const data = JSON.parse(text);
      if (data && typeof data === 'object') {
        return Object.entries(data).map(([key, value]) => key + ': ' + (typeof value === 'object'
          ? JSON.stringify(value) : value)).join('; ');
      }
    } catch (e) {
      // Not JSON: shown as it is.
    }
    return text;
  }

  function revealable(full, masked) {
    const text = Console.el('span', null, masked);
    if (!Console.role.clerk || full === masked) return text;
    const toggle = button('显示', 'show', { class: 'link small' });
    toggle.addEventListener('click', () => {
      const shown = text.textContent === full;
      text.textContent = shown ? masked : full;
      Console.setText(toggle, shown ? '显示' : '隐藏', shown ? 'show' : 'hide');
    });
    return Console.el('span', null, text, ' ', toggle);
  }

  function row(zh, en, ...value) {
    return [tx('dt', zh, en), Console.el('dd', null, ...value)];
  }

  /** The material's name from the guide, when the guide is loaded; its code otherwise. */
  function materialName(loaded, code) {
    if (!loaded) return code;
    for (const item of loaded.items) {
      for (const material of item.guide.materials) {
        if (code === material.code || code === item.code + '/' + material.code) return material.name + ' (' + code + ')';
      }
    }
    return code;
  }

  function information(file, loaded) {
    const applicant = file.applicant;
    const personal = applicant.kind === 'PERSON';
    const facts = Object.entries(file.facts || {});
    return Console.el('dl', { class: 'pairs case-info' },
      row('事项', 'Item', Console.el('span', { class: 'code' }, file.itemCode), ' ', file.itemName),
      row('承办部门', 'Department', coded(Console.departmentName(file.department))),
      row('申请人', 'Applicant', Console.el('strong', null, applicant.name), ' · ',
        personal ? bi('自然人', 'person') : bi('企业', 'enterprise'), ' · ',
        revealable(applicant.idNumber, personal ? Identity.maskId(applicant.idNumber) : applicant.idNumber), ' · ',
        revealable(applicant.phone, Identity.maskPhone(applicant.phone))),
      row('送达方式', 'Delivery', coded(file.delivery.mode), file.delivery.address ? ' · ' + file.delivery.address : ''),
      row('渠道', 'Channel', file.channel || '—'),
      row('受理日期', 'Accepted on', file.acceptedOn || '—'),
      row('办结期限', 'Due on', due(file)),
      file.suspendedSince ? row('中止自', 'Suspended since', file.suspendedSince) : null,
      row('已提交材料', 'Materials handed in', file.presented.length
        ? Console.el('ul', { class: 'plain' }, file.presented.map(code => Console.el('li', null, materialName(loaded, code))))
        : bi('无', 'none')),
      facts.length ? row('申请信息', 'Form facts', Console.el('ul', { class: 'plain' }, facts.map(([key, value]) =>
        Console.el('li', null, coded(Guide.factLabel(key)), '：', coded(Guide.factValue(key, value)))))) : null,
      file.problems.length ? row('需补正', 'To put right', Console.el('ol', { class: 'problems', id: 'case-problems' },
        file.problems.map(problem => Console.el('li', null, coded(problem.reason),
          Console.el('span', { class: 'muted small' }, ' [' + problem.subject + ']'))))) : null,
      file.reasons ? row('理由', 'Reasons', Console.el('span', { id: 'case-reasons' }, file.reasons)) : null,
      file.result ? row('办理结果', 'Result', Console.el('strong', { id: 'case-result' }, file.result)) : null,
      file.deliveryNote ? row('送达记录', 'Delivery record', file.deliveryNote) : null,
      file.parentNumber ? row('所属一件事', 'Bundle case', Console.el('a', { href: '#cases/' + file.parentNumber },
        file.parentNumber)) : null,
      file.children.length ? row('子办件', 'Child cases', Console.el('ul', { class: 'plain children' },
        file.children.map(child => Console.el('li', { 'data-child': child }, Console.el('a', { href: '#cases/' + child }, child)))))
        : null,
      row('创建 / 更新', 'Created / updated', Hall.time(file.createdAt, true) + ' / ' + Hall.time(file.updatedAt, true)));
  }

  /** Fills in the children's states: a bundle is decided when all of them are. */
  function loadChildren(node, file) {
    file.children.forEach(async child => {
      try {
        const childFile = await api('GET', '/api/v1/cases/' + encodeURIComponent(child));
        const item = node.querySelector('[data-child="' + child + '"]');
        if (item) item.append(' ', childFile.itemCode, ' ', coded(Console.departmentName(childFile.department)),
          ' · ', coded(childFile.state, { class: 'state state-' + childFile.state.code }), ' · ', due(childFile));
      } catch (e) {
        // Another department's child case is not shown to an approver: the number is enough.
      }
    });
  }

  function documents(file) {
    const buttons = [];
    const print = (id, zh, en, kind) => button(zh, en, { id, class: 'secondary',
      onclick: () => Console.go('print', file.number, kind) });
    if (file.state.code === 'SUPPLEMENT_REQUIRED') buttons.push(print('doc-notice', '一次性告知书', 'One-time notice', 'notice'));
    if (file.state.code === 'REFUSED') buttons.push(print('doc-refusal', '不予受理通知书', 'Refusal notice', 'refusal'));
    if (file.acceptedOn) buttons.push(print('doc-receipt', '受理回执', 'Receipt', 'receipt'));
    const code = Console.el('div', { id: 'case-query-code' });
    if (Console.role.clerk && !file.parentNumber) {
      // For an applicant who lost the code: the old one stops working.
      buttons.push(button('补发查询码', 'New query code', { id: 'doc-query-code', class: 'secondary',
        onclick: event => Console.busy(event.target, code, async () => {
          const issued = await Console.api('POST', '/api/v1/cases/' + encodeURIComponent(file.number) + '/query-code', {});
          Console.fill(code, Console.queryCode(file.number, issued.queryCode, 'case-query-code-value'));
        }) }));
    }
    if (!buttons.length) return null;
    return Console.el('div', { class: 'panel' }, tx('h3', '文书打印', 'Documents'), Console.el('div', { class: 'btn-row' }, buttons), code);
  }

  /** The actions this user may take on this case in its present state. */
  function allowedActions(file) {
    const role = Console.role;
    const bundleParent = file.children.length > 0;
    const bundleChild = Boolean(file.parentNumber);
    return (MOVES[file.state.code] || []).filter(action => {
      if (bundleParent && !WHOLE_BUNDLE.includes(action)) return false;
      if (bundleChild && WHOLE_BUNDLE.includes(action)) return false;
      return APPROVER_ACTIONS.includes(action) ? role.admin || role.departments.includes(file.department)
        : role.clerk;
    });
  }

  function actionPanel(file, reload) {
    const actions = allowedActions(file);
    if (!actions.length) return null;
    const message = Console.el('div', { class: 'msg', id: 'action-message', 'aria-live': 'polite' });
    const note = Console.el('textarea', { id: 'action-note', rows: '2', maxlength: '500',
      'data-zh-placeholder': '备注 / 理由 / 办理结果', 'data-en-placeholder': 'note / reasons / result',
      placeholder: Hall.t('备注 / 理由 / 办理结果', 'note / reasons / result') });
    const noteError = Console.el('div', { class: 'field-error', id: 'action-note-error' });
    const hints = Console.el('ul', { class: 'plain small muted' }, actions.map(action =>
      Console.el('li', null, bi(ACTIONS[action][3], ACTIONS[action][4]))));
    if (actions.includes('DELIVER')) {
      hints.append(Console.el('li', null, bi('本件送达方式：', 'This case is delivered by: '), coded(file.delivery.mode)));
    }
    const buttons = actions.map(action => button(ACTIONS[action][0], ACTIONS[action][1], {
      id: 'action-' + action, 'data-action': action,
      class: ['DENY', 'WITHDRAW'].includes(action) ? 'danger' : ['SUSPEND', 'FORWARD'].includes(action) ? 'secondary' : '',
    }));
    buttons.forEach(node => node.addEventListener('click', async () => {
      const action = node.dataset.action;
      say(message);
      if (ACTIONS[action][2] && !note.value.trim()) {
        Console.fieldError(note, noteError, ACTIONS[action][3], ACTIONS[action][4]);
        note.focus();
        return;
      }
      Console.fieldError(note, noteError);
      const answer = await Console.busy(node, message, () => api('POST', '/api/v1/cases/'
        + encodeURIComponent(file.number) + '/actions', { action, note: note.value.trim() }));
      if (answer) {
        Console.emit('case-acted', answer);
        await reload(answer, ['已' + ACTIONS[action][0] + '：' + file.number + '，现为“' + answer.state.zh + '”',
          ACTIONS[action][1] + ': ' + file.number + ' is now ' + answer.state.en]);
      }
    }));
    return Console.el('div', { class: 'panel actions', id: 'case-actions' }, tx('h3', '办理操作', 'Actions'),
      Console.el('label', { for: 'action-note', class: 'small' }, bi('备注（准予写办理结果；不予、中止、撤回写理由；送达写签收人或快递单号）',
        'Note (approve: what is issued; deny, suspend, withdraw: reasons; deliver: who signed or tracking number)')),
      note, noteError, hints, Console.el('div', { class: 'btn-row' }, buttons), message);
  }

  /** Splits a notice's problems into materials to tick and facts to fill in. */
  function classify(file, loaded) {
    const materialCodes = new Set();
    loaded.items.forEach(item => item.guide.materials.forEach(material =>
      materialCodes.add(loaded.bundle ? item.code + '/' + material.code : material.code)));
    const wanted = [];
    const factKeys = [];
    let applicant = false;
    file.problems.forEach(problem => {
      const subject = problem.subject;
      const bare = subject.includes('/') ? subject.slice(subject.indexOf('/') + 1) : subject;
      if (materialCodes.has(subject)) wanted.push(subject);
      else if (bare === 'applicant' || bare.startsWith('applicant.')) applicant = true;
      else if (bare !== 'delivery' && !bare.startsWith('delivery.')) factKeys.push(bare);
    });
    return { wanted, factKeys, applicant };
  }

  /** The supplement: tick what the applicant brought, fill in the missing facts, and have the hall review again. */
  function supplementPanel(file, loaded, reload) {
    const { wanted, factKeys, applicant } = classify(file, loaded);
    const message = Console.el('div', { class: 'msg', id: 'supplement-message', 'aria-live': 'polite' });
    const materials = Guide.checklist(loaded, { presented: file.presented, wanted });
    const facts = Guide.factsEditor(loaded.items.map(item => item.code), { values: file.facts, highlight: factKeys,
      extra: factKeys });
    const submit = button('提交补正', 'Submit the supplement', { id: 'supplement-submit', class: 'primary' });
    submit.addEventListener('click', async () => {
      say(message);
      const answer = await Console.busy(submit, message, () => api('POST', '/api/v1/cases/'
        + encodeURIComponent(file.number) + '/supplement', { presented: materials.checked(), facts: facts.values() }));
      if (!answer) return;
      Console.emit('case-supplemented', answer);
      const state = answer.state.code;
      const text = state === 'SUPPLEMENT_REQUIRED'
        ? ['仍有 ' + answer.problems.length + ' 项需补正，已更新一次性告知书', answer.problems.length + ' item(s) still to put right; the notice is updated']
        : state === 'REFUSED' ? ['经审查不予受理', 'Refused on review']
          : ['补正完成，已受理' + (answer.dueOn ? '，承诺 ' + answer.dueOn + ' 前办结' : '') + '；请打印受理回执',
            'Complete: accepted' + (answer.dueOn ? ', due ' + answer.dueOn : '') + '; print the receipt'];
      await reload(answer, text);
    });
    return Console.el('div', { class: 'panel supplement', id: 'supplement' }, tx('h3', '补正', 'Supplement'),
      Console.el('p', { class: 'small' }, bi('勾选申请人本次补交的材料（标黄为告知书所列），补填申请信息后提交，由部门程序重新审查。',
        'Tick what the applicant brought now (highlighted: asked for by the notice), complete the form facts, and submit for review again.')),
      applicant ? Console.el('p', { class: 'msg msg-warn' }, bi('告知书涉及申请人本身（类型或身份）：申请人信息不能补正，须撤回后以正确的申请人重新申请。',
        'The notice concerns the applicant itself: that cannot be supplemented; withdraw and apply again as the right applicant.')) : null,
      tx('h4', '材料', 'Materials'), materials.element, tx('h4', '申请信息', 'Form facts'), facts.element,
      Console.el('div', { class: 'btn-row' }, submit), message);
  }

  function ledger(events) {
    return Console.el('div', { class: 'panel', id: 'case-ledger' }, tx('h3', '办理记录（工作台账）', 'History (ledger)'), table([
      ['时间', 'Time', event => Hall.time(event.time, true)],
      ['操作人', 'By', event => event.actor],
      ['事项', 'Action', event => Console.el('span', { class: 'code' }, event.action)],
      ['详情', 'Details', event => Console.el('span', { class: 'small' }, ledgerData(event.data))],
    ], events));
  }

  /**
   * Shows case number in container: the file, documents, supplement (while one is due), actions and ledger.
   * options.back: [zh, en, hash] for the way back to the list.
   */
  async function detail(container, number, options) {
    const opts = options || {};
    Console.fill(container, Console.el('p', { class: 'muted' }, bi('正在读取办件…', 'Loading the case…')));
    let file;
    let events;
    try {
      [file, events] = await Promise.all([
        api('GET', '/api/v1/cases/' + encodeURIComponent(number)),
        api('GET', '/api/v1/cases/' + encodeURIComponent(number) + '/ledger').then(answer => answer.events)
          .catch(() => []),
      ]);
      await Console.catalog().catch(() => null);
    } catch (error) {
      Console.fill(container, Console.el('div', { class: 'msg' }));
      fail(container.firstChild, error);
      return null;
    }
    let loaded = null;
    const canSupplement = file.state.code === 'SUPPLEMENT_REQUIRED' && Console.role.clerk;
    try {
      loaded = await Guide.load(file.itemCode);
    } catch (error) {
      // The guide only names the materials; the case stands without it.
    }
    const reload = async (answer, text) => {
      await detail(container, answer.number, opts);
      const box = container.querySelector('.case-message');
      if (box && text) say(box, 'ok', text[0], text[1]);
      if (opts.onChange) opts.onChange(answer);
    };
    const message = Console.el('div', { class: 'msg case-message', id: 'case-message', 'aria-live': 'polite' });
    const head = Console.el('div', { class: 'case-head' },
      opts.back ? button(opts.back[0], opts.back[1], { class: 'secondary small', id: 'case-back',
        onclick: () => { location.hash = opts.back[2]; } }) : null,
      Console.el('h2', null, bi('办件 ', 'Case '), Console.el('span', { id: 'case-number' }, file.number)),
      coded(file.state, { id: 'case-state', class: 'state state-' + file.state.code, 'data-state': file.state.code }),
      file.timeStatus && file.timeStatus.code !== 'NONE'
        ? coded(file.timeStatus, { class: 'badge ' + timeClass(file.timeStatus) }) : null);
    let supplement = null;
    if (canSupplement && loaded) supplement = supplementPanel(file, loaded, reload);
    else if (canSupplement) {
      supplement = Console.el('div', { class: 'panel' }, Console.el('p', { class: 'msg msg-error' },
        bi('该事项暂停受理或指南无法读取，暂不能补正', 'The item is unavailable or its guide cannot be read: no supplement now')));
    }
    const node = Console.el('div', { id: 'case-detail', class: 'case-detail', 'data-number': file.number,
      'data-state': file.state.code },
    head, message,
    Console.el('div', { class: 'split case-split' },
      Console.el('div', { class: 'panel pane-left' }, tx('h3', '办件信息', 'Case file'), information(file, loaded)),
      Console.el('div', { class: 'pane-right' }, supplement, actionPanel(file, reload), documents(file))),
    ledger(events));
    Console.fill(container, node);
    loadChildren(node, file);
    return file;
  }

  return { detail, list, stateOptions, due };
})();

(() => {
  const { tx, say, fail, api, button, field } = Console;
  const ui = {};
  let searched = false;

  async function search(overdue) {
    say(ui.message);
    const params = new URLSearchParams();
    if (ui.query.value.trim()) params.set('q', ui.query.value.trim());
    if (ui.state.value) params.set('state', ui.state.value);
    params.set('limit', '100');
    try {
      await Console.catalog().catch(() => null);
      const answer = overdue ? await api('GET', '/api/v1/cases/overdue')
        : await api('GET', '/api/v1/cases?' + params.toString());
      searched = true;
      Console.setText(ui.count, overdue ? '临期及超期办件：' + answer.cases.length + ' 件'
        : '共 ' + answer.cases.length + ' 件' + (answer.cases.length >= 100 ? '（仅显示最新100件）' : ''),
      overdue ? answer.cases.length + ' case(s) near or past due' : answer.cases.length + ' case(s)'
        + (answer.cases.length >= 100 ? ' (newest 100 shown)' : ''));
      Console.fill(ui.results, CaseView.list(answer.cases, number => Console.go('cases', number)));
    } catch (error) {
      fail(ui.message, error);
    }
  }

  function build(section) {
    ui.query = Console.el('input', { type: 'search', autocomplete: 'off', 'data-zh-placeholder': '办件编号或申请人名称',
      'data-en-placeholder': 'case number or applicant name', placeholder: Hall.t('办件编号或申请人名称', 'case number or applicant name') });
    ui.state = CaseView.stateOptions(Console.el('select'), true);
    ui.message = Console.el('div', { class: 'msg', id: 'cases-message' });
    ui.count = Console.el('p', { class: 'muted small', id: 'case-count' });
    ui.results = Console.el('div');
    ui.form = Console.el('form', { class: 'search-row', novalidate: true },
      field('case-search', '查找办件', 'Find cases', ui.query).wrap,
      field('case-state', '状态', 'State', ui.state).wrap,
      Console.el('div', { class: 'btn-row' }, button('查询', 'Search', { id: 'case-search-submit', type: 'submit' }),
        button('临期/超期', 'Near or past due', { id: 'case-overdue', class: 'secondary', onclick: () => search(true) })));
    ui.form.addEventListener('submit', event => { event.preventDefault(); search(false); });
    ui.state.addEventListener('change', () => search(false));
    ui.listView = Console.el('div', { class: 'panel' }, tx('h2', '办件查询', 'Cases'), ui.form, ui.message, ui.count, ui.results);
    ui.detailView = Console.el('div', { hidden: true });
    section.append(ui.listView, ui.detailView);
    Console.on('case-created', () => { searched = false; });
  }

  async function show(args) {
    if (args[0]) {
      ui.listView.hidden = true;
      ui.detailView.hidden = false;
      await CaseView.detail(ui.detailView, args[0], { back: ['返回列表', 'Back to the list', '#cases'],
        onChange: () => { searched = false; } });
      return;
    }
    ui.detailView.hidden = true;
    ui.detailView.replaceChildren();
    ui.listView.hidden = false;
    if (!searched) await search(false);
    ui.query.focus();
  }

  Console.section({
    id: 'cases', zh: '办件', en: 'Cases',
    allowed: role => role.clerk || role.approver,
    build, show,
  });
})();
