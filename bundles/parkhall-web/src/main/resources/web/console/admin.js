/*
 * The hall admin's pages (管理): status, queues and counters, the stationed departments with the versions of their
 * bundles and their items' availability, the day's statistics with bar charts, rectifications of bad ratings with
 * their follow-up calls, appointments and the ledger. Staff, calendar and the "十有" checklist appear only when
 * the hall answers for them (they may not be deployed yet).
 */
'use strict';

(() => {
  const { tx, bi, coded, say, fail, api, optional, button, table, field, render } = Console;
  const ui = {};
  const TABS = [
    ['overview', '概况', 'Overview'], ['floor', '队列与窗口', 'Queues & counters'],
    ['departments', '部门与事项', 'Departments & items'], ['stats', '统计', 'Statistics'],
    ['rectifications', '整改回访', 'Rectifications'], ['appointments', '预约', 'Appointments'],
    ['ledger', '工作台账', 'Ledger'],
  ];
  /** Endpoints the hall may not have yet: a tab each, shown only when it answers. */
  const OPTIONAL = [
    ['staff', '人员', 'Staff', () => '/api/v1/staff'],
    ['calendar', '工作日历', 'Calendar', () => '/api/v1/calendar?year=' + Console.today().slice(0, 4)],
    ['checklist', '“十有”', 'Checklist', () => '/api/v1/checklist'],
  ];
  let currentTab = 'overview';

  const minutes = value => (Math.round((value || 0) * 10) / 10).toString();
  const percent = value => Math.round((value || 0) * 1000) / 10 + '%';

  // ---------------------------------------------------------------- bar charts

  /**
   * Horizontal bars drawn with plain elements; widths are set through element.style (allowed by the page's CSP,
   * which forbids style attributes written in markup). rows: [{label: node, values: [number…], text}].
   */
  function bars(titleZh, titleEn, rows, max, id) {
    const top = max || Math.max(1, ...rows.flatMap(entry => entry.values));
    return Console.el('div', { class: 'chart', id }, tx('h4', titleZh, titleEn), rows.map(entry => {
      const track = Console.el('div', { class: 'bar-track' });
      entry.values.forEach((value, i) => {
        const fill = Console.el('div', { class: 'bar-fill bar-' + i });
        fill.style.width = Math.max(0, Math.min(100, (value / top) * 100)) + '%';
        track.append(fill);
      });
      return Console.el('div', { class: 'bar-row' }, Console.el('div', { class: 'bar-label' }, entry.label), track,
        Console.el('div', { class: 'bar-value' }, entry.text));
    }), rows.length ? null : Console.el('p', { class: 'muted' }, bi('暂无数据', 'no data')));
  }

  // ---------------------------------------------------------------- tabs

  async function overview(box) {
    const [health, overdue, rectifications, stats] = await Promise.all([
      api('GET', '/api/v1/health').catch(error => ({ error })),
      api('GET', '/api/v1/cases/overdue').catch(() => null),
      api('GET', '/api/v1/rectifications?open=true').catch(() => null),
      api('GET', '/api/v1/stats').catch(() => null),
    ]);
    const hall = health.hall || {};
    const figures = stats && stats.hall;
    Console.fill(box, Console.el('div', { class: 'tiles' },
      tile('运行状态', 'Status', health.status || (health.error ? '—' : '?'), health.status === 'UP' ? 'on_time' : 'overdue'),
      tile('受理中事项', 'Items available', (hall.itemsAvailable ?? '—') + ' / ' + (hall.itemsTotal ?? '—')),
      tile('进驻部门', 'Departments', hall.departments ?? '—'),
      tile('临期/超期办件', 'Cases near/past due', overdue ? overdue.cases.length : '—',
        overdue && overdue.cases.some(file => file.timeStatus && file.timeStatus.code === 'OVERDUE') ? 'overdue' : ''),
      tile('待整改', 'Open rectifications', rectifications ? rectifications.rectifications.length : '—',
        rectifications && rectifications.rectifications.length ? 'near_due' : ''),
      tile('今日取号 / 已办', 'Tickets today / served', figures ? figures.issued + ' / ' + figures.served : '—'),
      tile('今日满意率', 'Satisfaction today', figures && figures.ratings ? percent(figures.satisfaction) : '—')),
    Console.el('p', { class: 'muted small' }, bi('数据库：', 'Database: '), hall.database || '—', ' · ',
      bi('结构版本：', 'schema: '), String(hall.schemaVersion ?? '—')));
  }

  function tile(zh, en, value, className) {
    return Console.el('div', { class: 'tile' }, tx('div', zh, en, { class: 'tile-label' }),
      Console.el('div', { class: 'tile-value ' + (className || '') }, String(value)));
  }

  async function floor(box) {
    const [queues, counters] = await Promise.all([api('GET', '/api/v1/queues'), api('GET', '/api/v1/counters')]);
    Console.fill(box, tx('h3', '队列', 'Queues'), table([
      ['字母', 'Letter', queue => Console.el('strong', null, queue.letter)],
      ['名称', 'Name', queue => coded(queue.name)],
      ['服务目标', 'Target', queue => bi(queue.serviceLevelMinutes + ' 分钟', queue.serviceLevelMinutes + ' min')],
      ['等候', 'Waiting', queue => String(queue.waiting)],
      ['预计等候', 'Est. wait', queue => bi(queue.estimatedMinutes + ' 分钟', queue.estimatedMinutes + ' min')],
    ], queues.queues),
    tx('h3', '窗口', 'Counters'), table([
      ['窗口', 'Counter', counter => String(counter.number)],
      ['名称', 'Name', counter => counter.name],
      ['叫号顺序', 'Queues', counter => counter.queues.join(' → ')],
      ['在岗人员', 'Staff', counter => counter.staff || bi('未开放', 'closed', { class: 'muted' })],
      ['登录时间', 'Since', counter => counter.since ? Hall.time(counter.since, true) : '—'],
      ['当前号', 'Ticket', counter => counter.current ? [counter.current.label, ' ', coded(counter.current.state)] : '—'],
    ], counters.counters));
  }

  async function departments(box) {
    const catalog = await Console.catalog(true);
    const groups = new Map();
    catalog.items.forEach(item => {
      if (!groups.has(item.department.code)) groups.set(item.department.code, { name: item.department.name, items: [] });
      groups.get(item.department.code).items.push(item);
    });
    const parts = [...groups.entries()].map(([code, group]) => {
      const bundles = [...new Set(group.items.filter(item => item.handlerBundle)
        .map(item => item.handlerBundle + ' ' + item.handlerVersion))];
      const available = group.items.filter(item => item.availability.code === 'AVAILABLE').length;
      return Console.el('div', { class: 'panel department', id: 'department-' + code },
        Console.el('h3', null, coded(group.name), ' ', Console.el('span', { class: 'code' }, code), ' ',
          bi(available + '/' + group.items.length + ' 受理中', available + '/' + group.items.length + ' available',
            { class: available === group.items.length ? 'available small' : 'unavailable small' })),
        Console.el('p', { class: 'small' }, bi('部门程序包：', 'Bundle: '), bundles.join('；') || '—'),
        table([
          ['编码', 'Code', item => Console.el('span', { class: 'code' }, item.code)],
          ['事项', 'Item', item => coded(item.name)],
          ['类型', 'Kind', item => coded(item.kind)],
          ['时限', 'Limit', item => Guide.limits(item)],
          ['状态', 'Availability', item => coded(item.availability, { class: item.availability.code.toLowerCase() })],
          ['程序包版本', 'Bundle version', item => item.handlerBundle ? item.handlerBundle + ' ' + item.handlerVersion : '—'],
          ['自', 'Since', item => item.since ? Hall.time(item.since, true) : '—'],
        ], group.items));
    });
    const itemState = new Map(catalog.items.map(item => [item.code, item.availability.code]));
    parts.push(Console.el('div', { class: 'panel' }, tx('h3', '一件事', 'Bundles'), table([
      ['编码', 'Code', bundle => Console.el('span', { class: 'code' }, bundle.code)],
      ['名称', 'Name', bundle => coded(bundle.name)],
      ['包含事项', 'Items', bundle => bundle.itemCodes.join('、')],
      ['状态', 'Availability', bundle => bundle.itemCodes.every(code => itemState.get(code) === 'AVAILABLE')
        ? bi('受理中', 'available', { class: 'available' }) : bi('部分暂停受理', 'partly unavailable', { class: 'unavailable' })],
    ], catalog.bundles || [])));
    Console.fill(box, ...parts);
  }

  // ---------------------------------------------------------------- statistics

  const FIGURES = [
    ['取号', 'Issued', figure => String(figure.issued), 'num'],
    ['已办', 'Served', figure => String(figure.served), 'num'],
    ['过号', 'No-shows', figure => String(figure.noShows), 'num'],
    ['平均等候(分)', 'Avg wait (min)', figure => minutes(figure.averageWait), 'num'],
    ['P90等候', 'P90 wait', figure => minutes(figure.p90Wait), 'num'],
    ['平均办理(分)', 'Avg service (min)', figure => minutes(figure.averageService), 'num'],
    ['P90办理', 'P90 service', figure => minutes(figure.p90Service), 'num'],
    ['目标内叫号', 'Within target', figure => percent(figure.withinTarget), 'num'],
    ['评价数', 'Ratings', figure => String(figure.ratings), 'num'],
    ['满意率', 'Satisfaction', figure => figure.ratings ? percent(figure.satisfaction) : '—', 'num'],
  ];

  function figureName(group, key, queues) {
    if (group === 'hall') return bi('全厅', 'whole hall');
    if (group === 'queues') {
      const queue = queues.find(entry => entry.letter === key);
      return queue ? [key + ' ', coded(queue.name)] : key;
    }
    if (group === 'counters') return bi(key + '号窗口', 'counter ' + key);
    return coded(Console.departmentName(key));
  }

  function figureTable(zh, en, group, list, queues) {
    return [tx('h4', zh, en), table([['对象', 'Of', figure => figureName(group, figure.key, queues)]].concat(FIGURES),
      list, null, '暂无数据', 'no data')];
  }

  /** Extra series the hall may add to the statistics (e.g. hourly waits): drawn as bars when they hold waits. */
  function extraSeries(key, value) {
    if (!Array.isArray(value) || !value.length || typeof value[0] !== 'object') {
      return Console.el('div', null, Console.el('h4', null, key), render(value));
    }
    const numeric = Object.keys(value[0]).filter(name => typeof value[0][name] === 'number');
    const waitKey = numeric.find(name => /wait/i.test(name));
    const labelKey = Object.keys(value[0]).find(name => !numeric.includes(name) || /hour|key|label/i.test(name));
    const parts = [Console.el('h4', null, key), render(value)];
    if (waitKey) {
      parts.unshift(bars(key + ' · ' + waitKey, key + ' · ' + waitKey, value.map(entry => ({
        label: String(entry[labelKey] ?? ''), values: [entry[waitKey] || 0], text: minutes(entry[waitKey]),
      }))));
    }
    return Console.el('div', { class: 'extra-series' }, parts);
  }

  async function stats(box) {
    const day = ui.statsDay.value || Console.today();
    const [figures, queues] = await Promise.all([api('GET', '/api/v1/stats?day=' + encodeURIComponent(day)),
      api('GET', '/api/v1/queues').then(answer => answer.queues).catch(() => [])]);
    await Console.catalog().catch(() => null);
    const waitRows = figures.queues.map(figure => ({
      label: figureName('queues', figure.key, queues), values: [figure.p90Wait, figure.averageWait],
      text: minutes(figure.averageWait) + ' / ' + minutes(figure.p90Wait),
    }));
    const satisfactionRows = [['queues', figures.queues], ['departments', figures.departments]].flatMap(([group, list]) =>
      list.filter(figure => figure.ratings).map(figure => ({
        label: figureName(group, figure.key, queues), values: [figure.satisfaction],
        text: percent(figure.satisfaction) + ' (' + figure.ratings + ')',
      })));
    const known = ['day', 'hall', 'queues', 'counters', 'departments'];
    Console.fill(box,
      Console.el('p', { class: 'muted small' }, bi('统计日期：', 'Day: '), figures.day),
      Console.el('div', { class: 'charts' },
        bars('各队列等候时间（分钟，深色为平均，浅色为P90）', 'Waits per queue (min; dark average, light P90)', waitRows, 0,
          'chart-waits'),
        bars('满意率（基本满意及以上）', 'Satisfaction (basically satisfied or better)', satisfactionRows, 1,
          'chart-satisfaction')),
      ...figureTable('全厅', 'Whole hall', 'hall', [figures.hall], queues),
      ...figureTable('按队列', 'By queue', 'queues', figures.queues, queues),
      ...figureTable('按窗口', 'By counter', 'counters', figures.counters, queues),
      ...figureTable('按部门', 'By department', 'departments', figures.departments, queues),
      ...Object.entries(figures).filter(([key]) => !known.includes(key)).map(([key, value]) => extraSeries(key, value)));
  }

  // ---------------------------------------------------------------- rectifications

  async function rectifications(box) {
    const openOnly = ui.openOnly.checked;
    const list = (await api('GET', '/api/v1/rectifications' + (openOnly ? '?open=true' : ''))).rectifications;
    await Console.catalog().catch(() => null);
    const today = Console.today();
    const cards = list.map(entry => {
      const open = !entry.followedUpAt;
      const rating = entry.rating || {};
      const parts = [
        Console.el('h4', null, '#' + entry.id, ' · ', coded(Console.departmentName(entry.department)), ' · ',
          bi('整改期限 ', 'due '), Console.el('span', { class: open && entry.deadline < today ? 'overdue' : '' }, entry.deadline),
          open ? bi(' 待回访', ' awaiting follow-up', { class: 'near_due' }) : bi(' 已回访', ' followed up', { class: 'on_time' })),
        Console.el('p', { class: 'small' }, rating.subject || '', ' · ', bi('总体：', 'overall: '), coded(rating.overall),
          ' · ', bi('效率：', 'efficiency: '), coded(rating.efficiency), ' · ', bi('能力：', 'competence: '),
          coded(rating.competence), ' · ', bi('态度：', 'attitude: '), coded(rating.attitude)),
        rating.comment ? Console.el('blockquote', null, rating.comment) : null,
        Console.el('p', { class: 'muted small' }, bi('评价时间：', 'Rated: '), Hall.time(rating.ratedAt, true), ' · ',
          bi('立案：', 'opened: '), Hall.time(entry.openedAt, true)),
      ];
      if (open) {
        const note = Console.el('textarea', { id: 'follow-up-note-' + entry.id, rows: '2', maxlength: '500',
          'data-zh-placeholder': '回访记录：联系情况、整改措施、评价人意见',
          'data-en-placeholder': 'follow-up call: contact, measures taken, the rater’s view',
          placeholder: Hall.t('回访记录：联系情况、整改措施、评价人意见', 'follow-up call: contact, measures taken, the rater’s view') });
        const message = Console.el('div', { class: 'msg' });
        const submit = button('记录回访并办结', 'Record the follow-up', { id: 'follow-up-' + entry.id });
        submit.addEventListener('click', async () => {
          if (!note.value.trim()) {
            say(message, 'error', '请填写回访记录', 'Write what the follow-up call found');
            note.focus();
            return;
          }
          const answer = await Console.busy(submit, message, () => api('POST', '/api/v1/rectifications/' + entry.id
            + '/follow-up', { note: note.value.trim() }));
          if (answer) {
            say(null, 'ok', '整改 #' + entry.id + ' 已回访办结', 'Rectification #' + entry.id + ' followed up');
            await showTab('rectifications');
          }
        });
        parts.push(note, Console.el('div', { class: 'btn-row' }, submit), message);
      } else {
        parts.push(Console.el('p', null, bi('回访：', 'Follow-up: '), entry.followUp, ' — ', entry.followedUpBy, ' · ',
          Hall.time(entry.followedUpAt, true)));
      }
      return Console.el('div', { class: 'panel rectification', 'data-id': String(entry.id) }, parts);
    });
    Console.fill(box, ...(cards.length ? cards : [Console.el('p', { class: 'muted' }, bi('没有需要整改的差评', 'No rectification'))]));
  }

  async function appointments(box) {
    const day = ui.appointmentDay.value || Console.today();
    const list = (await api('GET', '/api/v1/appointments?day=' + encodeURIComponent(day))).appointments;
    Console.fill(box, FloorView.appointments(list));
  }

  async function ledger(box) {
    const events = (await api('GET', '/api/v1/ledger?limit=100')).events;
    Console.fill(box, table([
      ['序号', '#', event => String(event.sequence)],
      ['时间', 'Time', event => Hall.time(event.time, true)],
      ['操作人', 'By', event => event.actor],
      ['事项', 'Action', event => Console.el('span', { class: 'code' }, event.action)],
      ['对象', 'Subject', event => event.subject],
      ['详情', 'Details', event => Console.el('span', { class: 'small' }, event.data || '')],
    ], events));
  }

  /** An optional section, drawn from whatever the hall answers. */
  function optionalTab(name) {
    return async box => {
      const spec = OPTIONAL.find(entry => entry[0] === name);
      const answer = await optional(spec[3]());
      Console.fill(box, answer === null ? bi('暂不可用', 'not available', { class: 'muted' }) : render(answer));
    };
  }

  const DRAW = { overview, floor, departments, stats, rectifications, appointments, ledger,
    staff: optionalTab('staff'), calendar: optionalTab('calendar'), checklist: optionalTab('checklist') };

  async function showTab(name) {
    currentTab = DRAW[name] ? name : 'overview';
    ui.tabs.querySelectorAll('button').forEach(tab => tab.setAttribute('aria-selected',
      String(tab.dataset.tab === currentTab)));
    ui.statsControls.hidden = currentTab !== 'stats';
    ui.rectificationControls.hidden = currentTab !== 'rectifications';
    ui.appointmentControls.hidden = currentTab !== 'appointments';
    say(ui.message);
    try {
      await DRAW[currentTab](ui.body);
    } catch (error) {
      ui.body.replaceChildren();
      fail(ui.message, error);
    }
  }

  function tabButton(name, zh, en) {
    return button(zh, en, { id: 'admin-tab-' + name, class: 'tab', role: 'tab', 'data-tab': name,
      onclick: () => Console.go('admin', name) });
  }

  /** Asks for the optional endpoints once; a tab appears for each that answers. */
  async function probeOptional() {
    await Promise.all(OPTIONAL.map(async ([name, zh, en, path]) => {
      try {
        const answer = await optional(path());
        if (answer === null) return;
        ui.tabs.append(tabButton(name, zh, en));
      } catch (e) {
        // Absent or failing: the tab stays away.
      }
    }));
  }

  function build(section) {
    ui.tabs = Console.el('div', { class: 'tabs', role: 'tablist' }, TABS.map(([name, zh, en]) => tabButton(name, zh, en)));
    ui.message = Console.el('div', { class: 'msg', id: 'admin-message' });
    ui.statsDay = Console.el('input', { type: 'date', value: Console.today() });
    ui.statsDay.addEventListener('change', () => showTab('stats'));
    ui.statsControls = Console.el('div', { class: 'row-fields', hidden: true }, field('stats-day', '日期', 'Day', ui.statsDay).wrap);
    ui.openOnly = Console.el('input', { type: 'checkbox', id: 'rectifications-open', checked: true });
    ui.openOnly.addEventListener('change', () => showTab('rectifications'));
    ui.rectificationControls = Console.el('div', { hidden: true }, Console.el('label', null, ui.openOnly, ' ',
      bi('只看待回访', 'open ones only')));
    ui.appointmentDay = Console.el('input', { type: 'date', value: Console.today() });
    ui.appointmentDay.addEventListener('change', () => showTab('appointments'));
    ui.appointmentControls = Console.el('div', { class: 'row-fields', hidden: true },
      field('admin-appointment-day', '日期', 'Day', ui.appointmentDay).wrap);
    ui.body = Console.el('div', { id: 'admin-body' });
    section.append(Console.el('div', { class: 'panel' }, tx('h2', '管理', 'Administration'), ui.tabs, ui.statsControls,
      ui.rectificationControls, ui.appointmentControls, ui.message, ui.body));
    probeOptional();
  }

  function show(args) {
    return showTab(args[0] || currentTab);
  }

  Console.section({
    id: 'admin', zh: '管理', en: 'Admin',
    allowed: role => role.admin,
    build, show,
  });
})();
