/*
 * The hall admin's pages (管理): status, queues and counters, the stationed departments with the versions of their
 * bundles and their items' availability, the day's statistics with bar charts, rectifications of bad ratings with
 * their follow-up calls, appointments, the ledger and the rating pads (rating-pads.js); staff accounts, the
 * working-day calendar and the "十有" checklist, whose tabs appear only when the hall answers for them (403/404
 * keeps a tab away).
 */
'use strict';

(() => {
  const { el, fill, tx, bi, coded, say, fail, fieldError, api, optional, button, table, field, render } = Console;
  const ui = {};
  const TABS = [
    ['overview', '概况', 'Overview'], ['floor', '队列与窗口', 'Queues & counters'],
    ['departments', '部门与事项', 'Departments & items'], ['stats', '统计', 'Statistics'],
    ['rectifications', '整改回访', 'Rectifications'], ['appointments', '预约', 'Appointments'],
    ['ledger', '工作台账', 'Ledger'], ['pads', '评价器', 'Rating pads'],
  ];
  /** Endpoints that need their own service on the hall: a tab each, shown only when it answers. */
  const OPTIONAL = [
    ['staff', '人员账号', 'Staff', () => '/api/v1/staff'],
    ['calendar', '工作日历', 'Calendar', () => '/api/v1/calendar?year=' + thisYear()],
    ['checklist', '“十有”', 'Checklist', () => '/api/v1/checklist'],
  ];
  let currentTab = 'overview';
  let drawing = 0;

  const minutes = value => (Math.round((value || 0) * 10) / 10).toString();
  const percent = value => Math.round((value || 0) * 1000) / 10 + '%';
  const pad = number => String(number).padStart(2, '0');
  const thisYear = () => Number(Console.today().slice(0, 4));

  /** A tooltip that follows the language switch (see the onLang listener at the end). */
  function titled(node, zh, en) {
    node.dataset.zhTitle = zh;
    node.dataset.enTitle = en || zh;
    node.title = Hall.t(zh, en);
    return node;
  }

  // ---------------------------------------------------------------- bar charts

  /** A row of colour keys for a chart: [[class, zh, en]…]. */
  function legend(keys, id) {
    return el('ul', { class: 'legend', id }, keys.map(([className, zh, en]) => el('li', null,
      className ? el('span', { class: 'swatch ' + className, 'aria-hidden': 'true' }) : null, bi(zh, en))));
  }

  /**
   * Horizontal bars drawn with plain elements; widths are set through element.style (allowed by the page's CSP,
   * which forbids style attributes written in markup). rows: [{label: node, values: [number…], text}]; values are
   * drawn over each other, the first (widest) behind.
   */
  function bars({ id, zh, en, rows, max, keys, className }) {
    const top = max || Math.max(1, ...rows.flatMap(entry => entry.values));
    return el('div', { class: 'chart ' + (className || ''), id }, tx('h4', zh, en), keys ? legend(keys) : null,
      rows.map(entry => {
        const track = el('div', { class: 'bar-track' });
        entry.values.forEach((value, i) => {
          const bar = el('div', { class: 'bar-fill bar-' + i });
          bar.style.width = Math.max(0, Math.min(100, ((value || 0) / top) * 100)) + '%';
          track.append(bar);
        });
        return el('div', { class: 'bar-row' }, el('div', { class: 'bar-label' }, entry.label), track,
          el('div', { class: 'bar-value' }, entry.text));
      }), rows.length ? null : el('p', { class: 'muted' }, bi('暂无数据', 'no data')));
  }

  // ---------------------------------------------------------------- overview, floor, departments

  async function overview(box) {
    const [health, overdue, rectifications, stats] = await Promise.all([
      api('GET', '/api/v1/health').catch(error => ({ error })),
      api('GET', '/api/v1/cases/overdue').catch(() => null),
      api('GET', '/api/v1/rectifications?open=true').catch(() => null),
      api('GET', '/api/v1/stats').catch(() => null),
    ]);
    const hall = health.hall || {};
    const figures = stats && stats.hall;
    fill(box, el('div', { class: 'tiles' },
      tile('运行状态', 'Status', health.status || (health.error ? '—' : '?'), health.status === 'UP' ? 'on_time' : 'overdue'),
      tile('受理中事项', 'Items available', (hall.itemsAvailable ?? '—') + ' / ' + (hall.itemsTotal ?? '—')),
      tile('进驻部门', 'Departments', hall.departments ?? '—'),
      tile('临期/超期办件', 'Cases near/past due', overdue ? overdue.cases.length : '—',
        overdue && overdue.cases.some(file => file.timeStatus && file.timeStatus.code === 'OVERDUE') ? 'overdue' : ''),
      tile('待整改', 'Open rectifications', rectifications ? rectifications.rectifications.length : '—',
        rectifications && rectifications.rectifications.length ? 'near_due' : ''),
      tile('今日取号 / 已办', 'Tickets today / served', figures ? figures.issued + ' / ' + figures.served : '—'),
      tile('今日满意率', 'Satisfaction today', figures && figures.ratings ? percent(figures.satisfaction) : '—')),
    el('p', { class: 'muted small' }, bi('数据库：', 'Database: '), hall.database || '—', ' · ',
      bi('结构版本：', 'schema: '), String(hall.schemaVersion ?? '—')));
  }

  function tile(zh, en, value, className, id) {
    return el('div', { class: 'tile', id }, tx('div', zh, en, { class: 'tile-label' }),
      el('div', { class: 'tile-value ' + (className || '') }, String(value)));
  }

  async function floor(box) {
    const [queues, counters] = await Promise.all([api('GET', '/api/v1/queues'), api('GET', '/api/v1/counters')]);
    fill(box, tx('h3', '队列', 'Queues'), table([
      ['字母', 'Letter', queue => el('strong', null, queue.letter)],
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
      return el('div', { class: 'panel department', id: 'department-' + code },
        el('h3', null, coded(group.name), ' ', el('span', { class: 'code' }, code), ' ',
          bi(available + '/' + group.items.length + ' 受理中', available + '/' + group.items.length + ' available',
            { class: available === group.items.length ? 'available small' : 'unavailable small' })),
        el('p', { class: 'small' }, bi('部门程序包：', 'Bundle: '), bundles.join('；') || '—'),
        table([
          ['编码', 'Code', item => el('span', { class: 'code' }, item.code)],
          ['事项', 'Item', item => coded(item.name)],
          ['类型', 'Kind', item => coded(item.kind)],
          ['时限', 'Limit', item => Guide.limits(item)],
          ['状态', 'Availability', item => coded(item.availability, { class: item.availability.code.toLowerCase() })],
          ['程序包版本', 'Bundle version', item => item.handlerBundle ? item.handlerBundle + ' ' + item.handlerVersion : '—'],
          ['自', 'Since', item => item.since ? Hall.time(item.since, true) : '—'],
        ], group.items));
    });
    const itemState = new Map(catalog.items.map(item => [item.code, item.availability.code]));
    parts.push(el('div', { class: 'panel' }, tx('h3', '一件事', 'Bundles'), table([
      ['编码', 'Code', bundle => el('span', { class: 'code' }, bundle.code)],
      ['名称', 'Name', bundle => coded(bundle.name)],
      ['包含事项', 'Items', bundle => bundle.itemCodes.join('、')],
      ['状态', 'Availability', bundle => bundle.itemCodes.every(code => itemState.get(code) === 'AVAILABLE')
        ? bi('受理中', 'available', { class: 'available' }) : bi('部分暂停受理', 'partly unavailable', { class: 'unavailable' })],
    ], catalog.bundles || [])));
    fill(box, ...parts);
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

  /** The hour of arrival "09" as 09:00–10:00. */
  const hourSpan = key => pad(Number(key)) + ':00–' + pad(Number(key) + 1) + ':00';

  function figureName(group, key, queues) {
    if (group === 'hall') return bi('全厅', 'whole hall');
    if (group === 'queues') {
      const queue = queues.find(entry => entry.letter === key);
      return queue ? [key + ' ', coded(queue.name)] : key;
    }
    if (group === 'counters') return bi(key + '号窗口', 'counter ' + key);
    if (group === 'hours') return hourSpan(key);
    return coded(Console.departmentName(key));
  }

  function figureTable(zh, en, group, list, queues, id) {
    return [tx('h4', zh, en), el('div', { id }, table([['对象', 'Of', figure => figureName(group, figure.key, queues)]]
      .concat(FIGURES), list, null, '暂无数据', 'no data'))];
  }

  /** Waits by hour of arrival as columns: P90 (light) behind the average (dark), tickets issued under each hour. */
  function hoursChart(hours) {
    const byHour = new Map(hours.map(figure => [Number(figure.key), figure]));
    const keys = [...byHour.keys()].filter(Number.isFinite);
    const head = [tx('h4', '按到达时段的等候时间（分钟）', 'Waits by hour of arrival (minutes)'),
      legend([['sw-p90', 'P90等候', 'P90 wait'], ['sw-avg', '平均等候', 'average wait'],
        [null, '柱上为平均等候，柱下为取号数', 'average wait above each column, tickets issued below']])];
    if (!keys.length) {
      return el('div', { class: 'chart chart-wide', id: 'chart-hours' }, head,
        el('p', { class: 'muted' }, bi('暂无数据', 'no data')));
    }
    const top = Math.max(1, ...hours.map(figure => Math.max(figure.p90Wait || 0, figure.averageWait || 0)));
    const columns = [];
    for (let hour = Math.min(...keys); hour <= Math.max(...keys); hour++) {
      const figure = byHour.get(hour) || { key: pad(hour), issued: 0, averageWait: 0, p90Wait: 0 };
      const track = el('div', { class: 'col-track' });
      [figure.p90Wait, figure.averageWait].forEach((value, i) => {
        const bar = el('div', { class: 'col-fill bar-' + i });
        bar.style.height = Math.max(0, Math.min(100, ((value || 0) / top) * 100)) + '%';
        track.append(bar);
      });
      const column = el('div', { class: 'col', id: 'chart-hour-' + pad(hour) },
        el('div', { class: 'col-value' }, figure.issued ? minutes(figure.averageWait) : ''),
        track,
        el('div', { class: 'col-hour' }, pad(hour)),
        el('div', { class: 'col-issued' }, String(figure.issued || 0)));
      titled(column,
        hourSpan(hour) + ' 取号 ' + (figure.issued || 0) + '，平均等候 ' + minutes(figure.averageWait) + ' 分钟，P90 '
          + minutes(figure.p90Wait) + ' 分钟',
        hourSpan(hour) + ': ' + (figure.issued || 0) + ' issued, average wait ' + minutes(figure.averageWait)
          + ' min, P90 ' + minutes(figure.p90Wait) + ' min');
      columns.push(column);
    }
    return el('div', { class: 'chart chart-wide', id: 'chart-hours' }, head, el('div', { class: 'col-chart' }, columns));
  }

  /** 按时办结率: the day's decisions made by their due date, and the open cases already past it. */
  function casesChart(cases) {
    const decided = cases.decided || 0;
    const onTime = cases.decidedOnTime || 0;
    const rate = decided ? onTime / decided : null;
    const track = el('div', { class: 'bar-track gauge-track' });
    const bar = el('div', { class: 'bar-fill ' + (rate === null || rate >= 1 ? 'fill-good' : 'fill-warn') });
    bar.style.width = (rate === null ? 0 : Math.round(rate * 1000) / 10) + '%';
    track.append(bar);
    const overdue = cases.overdueOpen || 0;
    return el('div', { class: 'chart', id: 'chart-cases' },
      tx('h4', '按时办结率', 'Cases decided on time'),
      el('div', { class: 'gauge-value ' + (rate === null ? 'muted' : rate >= 1 ? 'on_time' : 'near_due'),
        id: 'cases-on-time' }, rate === null ? '—' : percent(rate)),
      track,
      el('p', { class: 'small' }, decided
        ? bi('当日办结 ' + decided + ' 件，其中按时 ' + onTime + ' 件', decided + ' decided that day, ' + onTime + ' on time')
        : bi('当日无办结', 'nothing decided that day', { class: 'muted' })),
      el('p', { id: 'cases-overdue-open', class: overdue > 0 ? 'alert-box overdue' : 'small muted' },
        bi('超期未办结：' + overdue + ' 件', 'Open cases past due: ' + overdue)));
  }

  /** Extra series the hall may add to the statistics later: drawn generically. */
  function extraSeries(key, value) {
    return el('div', { class: 'extra-series' }, el('h4', null, key), render(value));
  }

  async function stats(box) {
    const day = ui.statsDay.value || Console.today();
    const [figures, queues] = await Promise.all([api('GET', '/api/v1/stats?day=' + encodeURIComponent(day)),
      api('GET', '/api/v1/queues').then(answer => answer.queues).catch(() => [])]);
    await Console.catalog().catch(() => null);
    const hours = figures.hours || [];
    const waitRows = figures.queues.map(figure => ({
      label: figureName('queues', figure.key, queues), values: [figure.p90Wait, figure.averageWait],
      text: minutes(figure.averageWait) + ' / ' + minutes(figure.p90Wait),
    }));
    const targetRows = figures.queues.map(figure => {
      const queue = queues.find(entry => entry.letter === figure.key);
      const limit = queue ? queue.serviceLevelMinutes : null;
      return {
        label: figureName('queues', figure.key, queues), values: [figure.withinTarget],
        text: limit ? [percent(figure.withinTarget), ' ', bi('≤' + limit + '分', '≤' + limit + 'm', { class: 'muted' })]
          : percent(figure.withinTarget),
      };
    });
    const satisfactionRows = [{
      label: el('strong', null, figureName('hall')), values: [figures.hall.ratings ? figures.hall.satisfaction : 0],
      text: figures.hall.ratings ? percent(figures.hall.satisfaction) + ' (' + figures.hall.ratings + ')'
        : bi('暂无评价', 'no ratings', { class: 'muted' }),
    }].concat(figures.departments.filter(figure => figure.ratings).map(figure => ({
      label: figureName('departments', figure.key, queues), values: [figure.satisfaction],
      text: percent(figure.satisfaction) + ' (' + figure.ratings + ')',
    })));
    const known = ['day', 'hall', 'queues', 'counters', 'departments', 'hours', 'cases'];
    fill(box,
      el('p', { class: 'muted small' }, bi('统计日期：', 'Day: '), figures.day),
      el('div', { class: 'charts' },
        hoursChart(hours),
        figures.cases ? casesChart(figures.cases) : null,
        bars({ id: 'chart-satisfaction', zh: '好评率（基本满意及以上，括号内为评价数）',
          en: 'Satisfaction (basically satisfied or better; ratings in brackets)', rows: satisfactionRows, max: 1 }),
        bars({ id: 'chart-waits', zh: '各队列等候时间（分钟）', en: 'Waits per queue (minutes)', rows: waitRows,
          keys: [['sw-avg', '平均', 'average'], ['sw-p90', 'P90', 'P90']] }),
        bars({ id: 'chart-target', zh: '服务目标内叫号占比', en: 'Share called within the target wait',
          rows: targetRows, max: 1 })),
      ...figureTable('全厅', 'Whole hall', 'hall', [figures.hall], queues, 'stats-hall'),
      ...figureTable('按队列', 'By queue', 'queues', figures.queues, queues, 'stats-queues'),
      ...figureTable('按窗口', 'By counter', 'counters', figures.counters, queues, 'stats-counters'),
      ...figureTable('按部门', 'By department', 'departments', figures.departments, queues, 'stats-departments'),
      ...figureTable('按到达时段', 'By hour of arrival', 'hours', hours, queues, 'stats-hours'),
      ...Object.entries(figures).filter(([key]) => !known.includes(key)).map(([key, value]) => extraSeries(key, value)));
  }

  // ---------------------------------------------------------------- rectifications, appointments, ledger

  async function rectifications(box) {
    const openOnly = ui.openOnly.checked;
    const list = (await api('GET', '/api/v1/rectifications' + (openOnly ? '?open=true' : ''))).rectifications;
    await Console.catalog().catch(() => null);
    const today = Console.today();
    const cards = list.map(entry => {
      const open = !entry.followedUpAt;
      const rating = entry.rating || {};
      const parts = [
        el('h4', null, '#' + entry.id, ' · ', coded(Console.departmentName(entry.department)), ' · ',
          bi('整改期限 ', 'due '), el('span', { class: open && entry.deadline < today ? 'overdue' : '' }, entry.deadline),
          open ? bi(' 待回访', ' awaiting follow-up', { class: 'near_due' }) : bi(' 已回访', ' followed up', { class: 'on_time' })),
        el('p', { class: 'small' }, rating.subject || '', ' · ', bi('总体：', 'overall: '), coded(rating.overall),
          ' · ', bi('效率：', 'efficiency: '), coded(rating.efficiency), ' · ', bi('能力：', 'competence: '),
          coded(rating.competence), ' · ', bi('态度：', 'attitude: '), coded(rating.attitude)),
        rating.comment ? el('blockquote', null, rating.comment) : null,
        el('p', { class: 'muted small' }, bi('评价时间：', 'Rated: '), Hall.time(rating.ratedAt, true), ' · ',
          bi('立案：', 'opened: '), Hall.time(entry.openedAt, true)),
      ];
      if (open) {
        const note = el('textarea', { id: 'follow-up-note-' + entry.id, rows: '2', maxlength: '500',
          'data-zh-placeholder': '回访记录：联系情况、整改措施、评价人意见',
          'data-en-placeholder': 'follow-up call: contact, measures taken, the rater’s view',
          placeholder: Hall.t('回访记录：联系情况、整改措施、评价人意见', 'follow-up call: contact, measures taken, the rater’s view') });
        const message = el('div', { class: 'msg' });
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
        parts.push(note, el('div', { class: 'btn-row' }, submit), message);
      } else {
        parts.push(el('p', null, bi('回访：', 'Follow-up: '), entry.followUp, ' — ', entry.followedUpBy, ' · ',
          Hall.time(entry.followedUpAt, true)));
      }
      return el('div', { class: 'panel rectification', 'data-id': String(entry.id) }, parts);
    });
    fill(box, ...(cards.length ? cards : [el('p', { class: 'muted' }, bi('没有需要整改的差评', 'No rectification'))]));
  }

  async function appointments(box) {
    const day = ui.appointmentDay.value || Console.today();
    const list = (await api('GET', '/api/v1/appointments?day=' + encodeURIComponent(day))).appointments;
    fill(box, FloorView.appointments(list));
  }

  async function ledger(box) {
    const events = (await api('GET', '/api/v1/ledger?limit=100')).events;
    fill(box, ledgerExport(), tx('h3', '最新 100 条', 'Newest 100 entries'), table([
      ['序号', '#', event => String(event.sequence)],
      ['时间', 'Time', event => Hall.time(event.time, true)],
      ['操作人', 'By', event => event.actor],
      ['事项', 'Action', event => el('span', { class: 'code' }, event.action)],
      ['对象', 'Subject', event => event.subject],
      ['详情', 'Details', event => el('span', { class: 'small' }, event.data || '')],
    ], events));
  }

  /**
   * The ledger export: a range of hall days downloaded as CSV (opens in Excel) or JSON lines. The link is a plain
   * same-site GET, so the browser streams the file to disk however long the month; the range is checked here
   * first, as the server does, so a wrong one never downloads an error.
   */
  function ledgerExport() {
    const today = Console.today();
    const from = field('ledger-from', '起始日期', 'From', el('input', { type: 'date', value: today.slice(0, 8) + '01' }));
    const to = field('ledger-to', '截止日期', 'To', el('input', { type: 'date', value: today }));
    const format = field('ledger-format', '格式', 'Format', el('select', null,
      el('option', { value: 'csv' }, 'CSV (Excel)'), el('option', { value: 'jsonl' }, 'JSON lines')));
    const link = tx('a', '下载台账', 'Download the ledger', { id: 'ledger-download', class: 'button', download: '' });
    const update = () => {
      fieldError(from.input, from.error, '');
      fieldError(to.input, to.error, '');
      const days = (Date.parse(to.input.value) - Date.parse(from.input.value)) / 86400000;
      let problem = null;
      if (!from.input.value) problem = [from, '请选择起始日期', 'Choose the first day'];
      else if (!to.input.value) problem = [to, '请选择截止日期', 'Choose the last day'];
      else if (days < 0) problem = [to, '截止日期不能早于起始日期', 'The range ends before it starts'];
      else if (days >= 366) problem = [to, '一次最多导出 366 天，请分段导出', 'At most 366 days at once; export in parts'];
      if (problem) {
        fieldError(problem[0].input, problem[0].error, problem[1], problem[2]);
        link.removeAttribute('href');
        link.setAttribute('aria-disabled', 'true');
        return;
      }
      link.removeAttribute('aria-disabled');
      link.href = '/api/v1/ledger/export?' + new URLSearchParams({ from: from.input.value, to: to.input.value,
        format: format.input.value });
    };
    [from, to, format].forEach(part => part.input.addEventListener('change', update));
    update();
    return el('div', { class: 'panel', id: 'ledger-export' }, tx('h3', '导出台账', 'Export the ledger'),
      el('div', { class: 'row-fields' }, from.wrap, to.wrap, format.wrap), el('div', { class: 'btn-row' }, link));
  }

  /** An optional tab whose endpoint turned out absent or not for this role: hidden, with a word in its place. */
  function unavailable(box, name) {
    if (ui.tabButtons[name]) ui.tabButtons[name].hidden = true;
    fill(box, el('p', { class: 'muted' }, bi('该功能暂不可用（未部署或无权限）', 'Not available (not deployed or not permitted)')));
  }

  // ---------------------------------------------------------------- staff accounts

  const ROLES = [
    ['clerk', '综窗受理', 'Window clerk'],
    ['guide', '咨询导办', 'Guide'],
    ['halladmin', '大厅管理员', 'Hall admin'],
  ];
  const USER_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;
  const staff = { accounts: [], departments: [] };

  const isMe = account => Boolean(Console.session) && Console.session.user === account.user;
  const approverRoles = roles => roles.filter(role => role.startsWith('approver:') && role.length > 9);

  /** The departments an approver can be for: the catalog's, plus any an account already approves for. */
  function departmentList(catalog, accounts) {
    const found = new Map();
    ((catalog && catalog.items) || []).forEach(item => {
      if (item.department && item.department.code && !found.has(item.department.code)) {
        found.set(item.department.code, item.department.name);
      }
    });
    accounts.forEach(account => approverRoles(account.roles).forEach(role => {
      const code = role.slice(9);
      if (!found.has(code)) found.set(code, { zh: code, en: code });
    }));
    return [...found.entries()].map(([code, name]) => ({ code, name }));
  }

  /** Fills a department select (first choice: none), keeping what was chosen. */
  function departmentOptions(select, value) {
    const keep = value === undefined ? select.value : value;
    fill(select, tx('option', '不设置', 'none', { value: '' }), staff.departments.map(department =>
      tx('option', department.name.zh + '（' + department.code + '）', (department.name.en || department.name.zh)
        + ' (' + department.code + ')', { value: department.code })));
    select.value = staff.departments.some(department => department.code === keep) ? keep : '';
    return select;
  }

  /** Admin, clerk, guide, then the departments approved for: the same order in every row. */
  function sortRoles(roles) {
    const rank = role => {
      const fixed = ['halladmin', 'clerk', 'guide'].indexOf(role);
      return fixed >= 0 ? String(fixed) : '9' + role;
    };
    return roles.slice().sort((a, b) => rank(a).localeCompare(rank(b)));
  }

  function roleChip(role) {
    const fixed = ROLES.find(entry => entry[0] === role);
    if (fixed) return bi(fixed[1], fixed[2], { class: 'chip chip-' + role, 'data-role': role });
    if (role.startsWith('approver:')) {
      const name = Console.departmentName(role.slice(9));
      return bi(name.zh + '审批', (name.en || name.zh) + ' approver', { class: 'chip chip-approver', 'data-role': role });
    }
    return el('span', { class: 'chip', 'data-role': role }, role);
  }

  /** Checkboxes for the fixed roles; ids are idPrefix + role (role-clerk…) or role + idSuffix in a row. */
  function roleChecks(id, checked) {
    const boxes = new Map();
    const labels = ROLES.map(([role, zh, en]) => {
      const input = el('input', { type: 'checkbox', value: role, id: id(role), checked: checked.includes(role) });
      boxes.set(role, input);
      return el('label', { class: 'check' }, input, ' ', bi(zh, en));
    });
    return { node: el('div', { class: 'role-checks' }, labels), boxes };
  }

  function userCell(account) {
    return el('td', { class: 'staff-user' }, el('strong', { class: 'code' }, account.user),
      isMe(account) ? [' ', bi('本人', 'you', { class: 'chip chip-me' })] : null);
  }

  /** A row showing an account; returns the row's message box. */
  function viewRow(row, account) {
    const message = el('div', { class: 'msg', role: 'status' });
    const edit = button('修改角色', 'Edit roles', { id: 'staff-edit-' + account.user, class: 'small secondary' });
    const remove = button('删除', 'Remove', { id: 'staff-remove-' + account.user, class: 'small danger-outline',
      disabled: isMe(account) });
    if (isMe(account)) titled(remove, '不能删除自己的账号', 'you cannot remove your own account');
    edit.addEventListener('click', () => editRow(row, account));
    remove.addEventListener('click', () => confirmRemove(row, account));
    const actions = el('td', { class: 'staff-actions' }, el('div', { class: 'btn-row' }, edit, remove), message);
    fill(row, userCell(account), el('td', null, el('div', { class: 'chips' },
      account.roles.length ? sortRoles(account.roles).map(roleChip) : bi('无角色', 'no role', { class: 'muted' }))), actions);
    return message;
  }

  function editRow(row, account) {
    const user = account.user;
    const checks = roleChecks(role => 'edit-role-' + role + '-' + user, account.roles);
    const approvers = approverRoles(account.roles);
    const select = departmentOptions(el('select', { id: 'edit-approver-' + user }), approvers.length ? approvers[0].slice(9) : '');
    // An account may approve for more than one department (set in the shell): those stay unless unticked.
    const extras = approvers.slice(1).map(role => {
      const input = el('input', { type: 'checkbox', checked: true, value: role });
      return { input, node: el('label', { class: 'check' }, input, ' ', roleChip(role)) };
    });
    const message = el('div', { class: 'msg', role: 'status' });
    const save = button('保存', 'Save', { id: 'staff-save-' + user, class: 'small' });
    const cancel = button('取消', 'Cancel', { id: 'staff-cancel-' + user, class: 'small secondary' });
    cancel.addEventListener('click', () => viewRow(row, account));
    save.addEventListener('click', async () => {
      const roles = [...new Set([...checks.boxes].filter(([, input]) => input.checked).map(([role]) => role)
        .concat(select.value ? ['approver:' + select.value] : [])
        .concat(extras.filter(extra => extra.input.checked).map(extra => extra.input.value)))];
      if (!roles.length) {
        say(message, 'error', '请至少选择一个角色', 'Choose at least one role');
        return;
      }
      if (isMe(account) && account.roles.includes('halladmin') && !roles.includes('halladmin')
          && save.dataset.confirmed !== 'yes') {
        save.dataset.confirmed = 'yes';
        say(message, 'warn', '将取消您自己的管理员角色，之后无法再进入管理页面。确认请再点“保存”',
          'This removes your own hall admin role: you will lose this page. Click “Save” again to confirm');
        return;
      }
      const updated = await Console.busy(save, message, () => api('POST', '/api/v1/staff/'
        + encodeURIComponent(user) + '/roles', { roles }));
      if (!updated) return;
      staff.accounts = staff.accounts.map(entry => entry.user === user ? updated : entry);
      viewRow(row, updated);
      say(ui.staff.status, 'ok', '已更新 ' + user + ' 的角色', 'Roles of ' + user + ' saved');
    });
    fill(row, userCell(account),
      el('td', { class: 'staff-edit' }, checks.node,
        el('label', { class: 'approver-pick' }, bi('部门审批：', 'Approver for: '), select),
        extras.length ? el('div', { class: 'role-checks' }, extras.map(extra => extra.node)) : null),
      el('td', { class: 'staff-actions' }, el('div', { class: 'btn-row' }, save, cancel), message));
    checks.boxes.get('clerk').focus();
  }

  function confirmRemove(row, account) {
    const user = account.user;
    const message = el('div', { class: 'msg', role: 'status' });
    const yes = button('确认删除', 'Remove it', { id: 'staff-confirm-' + user, class: 'small danger' });
    const no = button('取消', 'Cancel', { id: 'staff-cancel-' + user, class: 'small secondary' });
    no.addEventListener('click', () => viewRow(row, account));
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      no.disabled = true;
      try {
        await api('POST', '/api/v1/staff/' + encodeURIComponent(user) + '/remove', {});
        staff.accounts = staff.accounts.filter(entry => entry.user !== user);
        row.remove();
        showCount();
        say(ui.staff.status, 'ok', '已删除账号 ' + user, 'Account ' + user + ' removed');
      } catch (error) {
        fail(viewRow(row, account), error);
      }
    });
    fill(row.lastElementChild, el('p', { class: 'confirm-text' },
      bi('删除账号 ' + user + '？删除后无法登录。', 'Remove ' + user + '? They can no longer sign in.')),
    el('div', { class: 'btn-row' }, yes, no), message);
    no.focus();
  }

  function showCount() {
    Console.setText(ui.staff.count, '共 ' + staff.accounts.length + ' 个账号', staff.accounts.length + ' accounts');
  }

  function staffTable() {
    const rows = staff.accounts.map(account => {
      const row = el('tr', { id: 'staff-row-' + account.user, 'data-user': account.user });
      viewRow(row, account);
      return row;
    });
    return el('div', { class: 'table-wrap' }, el('table', { class: 'staff-table', id: 'staff-table' },
      el('thead', null, el('tr', null, tx('th', '账号', 'Account', { scope: 'col' }),
        tx('th', '角色', 'Roles', { scope: 'col' }), tx('th', '操作', 'Actions', { scope: 'col' }))),
      el('tbody', null, rows.length ? rows
        : el('tr', null, el('td', { colspan: '3', class: 'muted' }, bi('暂无账号', 'no accounts'))))));
  }

  /** The "open account" form: built once, so what is typed survives reloading the list (the password does not). */
  function staffForm() {
    const hint = (zh, en) => el('div', { class: 'field-hint' }, bi(zh, en));
    const user = field('staff-user', '账号名', 'User name', el('input', { name: 'staff-user', autocomplete: 'off',
      autocapitalize: 'off', spellcheck: 'false', maxlength: '32', 'data-zh-placeholder': '如 wang.fang',
      'data-en-placeholder': 'e.g. wang.fang', placeholder: Hall.t('如 wang.fang', 'e.g. wang.fang') }),
    hint('3至32位小写字母、数字或 . _ -，以字母开头', '3–32 lower-case letters, digits or . _ -, starting with a letter'));
    const password = field('staff-password', '初始密码', 'Initial password', el('input', { type: 'password',
      name: 'staff-password', autocomplete: 'new-password', maxlength: '128' }),
    hint('至少10位，含字母和数字，且不含账号名；请当面告知本人', 'at least 10 characters with letters and digits, not '
      + 'containing the user name; hand it over in person'));
    const checks = roleChecks(role => 'role-' + role, []);
    const approver = field('staff-approver-dept', '部门审批（可选）', 'Department approver (optional)',
      departmentOptions(el('select'), ''));
    const rolesError = el('div', { class: 'field-error', id: 'staff-roles-error', 'aria-live': 'polite' });
    const roles = el('fieldset', { id: 'staff-roles', class: 'staff-roles' }, tx('legend', '角色', 'Roles'),
      checks.node, approver.wrap, rolesError);
    const submit = tx('button', '开通账号', 'Open account', { type: 'submit', id: 'staff-add' });
    const message = el('div', { class: 'msg', id: 'staff-message', role: 'status' });
    const form = el('form', { id: 'staff-form', class: 'subpanel staff-form', novalidate: true, autocomplete: 'off' },
      tx('h3', '开通账号', 'Open an account'), user.wrap, password.wrap, roles, message,
      el('div', { class: 'btn-row' }, submit));
    const parts = { form, user, password, checks, approver: approver.input, roles, rolesError, submit, message };
    user.input.addEventListener('input', () => fieldError(user.input, user.error));
    password.input.addEventListener('input', () => fieldError(password.input, password.error));
    roles.addEventListener('change', () => fieldError(roles, rolesError));
    form.addEventListener('submit', event => {
      event.preventDefault();
      addAccount(parts);
    });
    return parts;
  }

  /** Checks the form as the server would; returns whether it may be sent. */
  function checkAccount(parts, name, password, roles) {
    let first = null;
    const wrong = (input, box, zh, en) => {
      fieldError(input, box, zh, en);
      first = first || input;
    };
    if (!USER_PATTERN.test(name)) {
      wrong(parts.user.input, parts.user.error, '账号名须为3至32位小写字母、数字或 . _ -，以字母开头',
        'user names are 3-32 lower-case letters, digits or . _ -, starting with a letter');
    }
    if (password.length < 10 || password.length > 128 || !/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)
        || (name && password.toLowerCase().includes(name))) {
      wrong(parts.password.input, parts.password.error, '密码须10位以上，含字母和数字，且不含账号名',
        'the password needs 10+ characters with letters and digits, not containing the user name');
    }
    if (!roles.length) {
      wrong(parts.roles, parts.rolesError, '请至少选择一个角色', 'choose at least one role');
    }
    if (first) (first === parts.roles ? parts.checks.boxes.get('clerk') : first).focus();
    return !first;
  }

  async function addAccount(parts) {
    const name = parts.user.input.value.trim();
    const password = parts.password.input.value;
    // The password never stays on the page once submitted, whatever the answer.
    parts.password.input.value = '';
    const roles = [...parts.checks.boxes].filter(([, input]) => input.checked).map(([role]) => role)
      .concat(parts.approver.value ? ['approver:' + parts.approver.value] : []);
    say(parts.message);
    fieldError(parts.user.input, parts.user.error);
    fieldError(parts.password.input, parts.password.error);
    fieldError(parts.roles, parts.rolesError);
    if (!checkAccount(parts, name, password, roles)) {
      say(parts.message, 'error', '请按提示更正标红的内容（密码需重新输入）', 'Correct the fields marked in red (enter the password again)');
      return;
    }
    parts.submit.disabled = true;
    try {
      const account = await api('POST', '/api/v1/staff', { user: name, password, roles });
      parts.user.input.value = '';
      parts.checks.boxes.forEach(input => { input.checked = false; });
      parts.approver.value = '';
      say(parts.message, 'ok', '已开通账号 ' + account.user + '，请将初始密码当面告知本人',
        'Account ' + account.user + ' opened; hand the password over in person');
      await showTab('staff');
    } catch (error) {
      const target = error instanceof Hall.ApiError && ({
        user: [parts.user.input, parts.user.error], password: [parts.password.input, parts.password.error],
        roles: [parts.roles, parts.rolesError],
      })[error.status === 409 && error.code === 'conflict' ? 'user' : error.field];
      if (target) {
        fieldError(target[0], target[1], error.zh, error.en);
        say(parts.message, 'error', '请按提示更正标红的内容（密码需重新输入）', 'Correct the fields marked in red (enter the password again)');
        (target[0] === parts.roles ? parts.checks.boxes.get('clerk') : target[0]).focus();
      } else {
        fail(parts.message, error);
      }
    } finally {
      parts.submit.disabled = false;
    }
  }

  async function staffTab(box) {
    const answer = await optional('/api/v1/staff');
    if (answer === null) return unavailable(box, 'staff');
    const catalog = await Console.catalog().catch(() => null);
    staff.accounts = answer.accounts || [];
    staff.departments = departmentList(catalog, staff.accounts);
    if (!ui.staff) {
      ui.staff = staffForm();
      ui.staff.status = el('div', { class: 'msg', id: 'staff-status', role: 'status' });
      ui.staff.count = el('span', { class: 'muted small', id: 'staff-count' });
    }
    departmentOptions(ui.staff.approver);
    showCount();
    fill(box, el('div', { class: 'staff-layout' },
      el('div', { class: 'staff-list', id: 'staff-list' }, el('h3', null, bi('人员账号', 'Staff accounts'), ' ',
        ui.staff.count), ui.staff.status, staffTable()),
      ui.staff.form));
    return undefined;
  }

  /** Nothing typed as a password stays in the page when the admin leaves the tab or the section. */
  function forgetPassword() {
    if (!ui.staff) return;
    ui.staff.password.input.value = '';
    say(ui.staff.status);
    say(ui.staff.message);
  }

  // ---------------------------------------------------------------- working-day calendar

  const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  const WEEK = [['一', 'Mo'], ['二', 'Tu'], ['三', 'We'], ['四', 'Th'], ['五', 'Fr'], ['六', 'Sa'], ['日', 'Su']];

  function calendarYear() {
    const text = ui.calendarYear.value.trim();
    return /^\d{4}$/.test(text) ? Number(text) : null;
  }

  function stepYear(delta) {
    ui.calendarYear.value = String((calendarYear() || thisYear()) + delta);
    showTab('calendar');
  }

  function month(year, index, holidays, swapped, today) {
    const days = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
    const lead = (new Date(Date.UTC(year, index, 1)).getUTCDay() + 6) % 7;
    const cells = [];
    let working = 0;
    for (let i = 0; i < lead; i++) cells.push(el('td', { class: 'cal-blank' }));
    for (let day = 1; day <= days; day++) {
      const iso = year + '-' + pad(index + 1) + '-' + pad(day);
      const weekend = (lead + day - 1) % 7 >= 5;
      const classes = ['day'];
      let tip = null;
      if (holidays.has(iso)) {
        classes.push('cal-holiday');
        tip = ['法定节假日（休息）', 'public holiday (hall closed)'];
      } else if (swapped.has(iso)) {
        classes.push('cal-swapped');
        tip = ['调休上班', 'weekend working day (swapped)'];
      } else if (weekend) {
        classes.push('cal-weekend');
      }
      if ((!weekend && !holidays.has(iso)) || swapped.has(iso)) working++;
      if (iso === today) classes.push('cal-today');
      const cell = el('td', { class: classes.join(' '), 'data-date': iso }, String(day));
      if (tip) titled(cell, iso + ' ' + tip[0], iso + ' ' + tip[1]);
      cells.push(cell);
    }
    while (cells.length % 7) cells.push(el('td', { class: 'cal-blank' }));
    const weeks = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(el('tr', null, cells.slice(i, i + 7)));
    return el('div', { class: 'cal-month', id: 'calendar-month-' + (index + 1) },
      el('table', { class: 'cal' },
        el('caption', null, tx('span', (index + 1) + '月', MONTHS_EN[index], { class: 'cal-name' }), ' ',
          bi(working + '个工作日', working + ' working days', { class: 'cal-count' })),
        el('thead', null, el('tr', null, WEEK.map(([zh, en], i) =>
          tx('th', zh, en, { scope: 'col', class: i >= 5 ? 'cal-weekend-head' : '' })))),
        el('tbody', null, weeks)));
  }

  async function calendar(box) {
    const year = calendarYear();
    if (!year) {
      fieldError(ui.calendarYear, ui.calendarYearError, '请输入四位年份', 'Enter a four-digit year');
      fill(box);
      return undefined;
    }
    fieldError(ui.calendarYear, ui.calendarYearError);
    let answer;
    try {
      answer = await optional('/api/v1/calendar?year=' + year);
    } catch (error) {
      if (error instanceof Hall.ApiError && error.status === 400) {
        fieldError(ui.calendarYear, ui.calendarYearError, error.zh, error.en);
        fill(box);
        return undefined;
      }
      throw error;
    }
    if (answer === null) return unavailable(box, 'calendar');
    const holidays = new Set(answer.holidays || []);
    const swapped = new Set(answer.swappedWorkdays || []);
    const today = Console.today();
    let status;
    if (!answer.arranged) {
      status = bi('未载入该年安排：仅按周末计算', 'No arrangement loaded for this year: weekends only',
        { class: 'badge badge-warn', id: 'calendar-status' });
    } else if (answer.provisional) {
      status = bi('暂定：仅含法定节假日，待国务院通知发布后替换',
        'Provisional: statutory holidays only, to be replaced once the State Council notice is out',
        { class: 'badge badge-warn', id: 'calendar-status' });
    } else {
      status = bi('已载入国务院放假安排', 'State Council arrangement loaded', { class: 'badge badge-ok', id: 'calendar-status' });
    }
    const months = [];
    for (let index = 0; index < 12; index++) months.push(month(answer.year || year, index, holidays, swapped, today));
    fill(box,
      el('div', { class: 'cal-head' }, el('h3', null, bi(answer.year + ' 年工作日历', 'Working calendar ' + answer.year)), status),
      el('div', { class: 'tiles cal-tiles' },
        tile('全年工作日', 'Working days', answer.workingDays, '', 'calendar-working-days'),
        tile('节假日休息（工作日）', 'Holidays on weekdays', holidays.size, '', 'calendar-holidays'),
        tile('调休上班（周末）', 'Weekends worked', swapped.size, '', 'calendar-swapped')),
      legend([['cal-work', '工作日', 'working day'], ['cal-weekend', '周末休息', 'weekend'],
        ['cal-holiday', '节假日休息', 'holiday (closed)'], ['cal-swapped', '调休上班', 'weekend worked'],
        ['cal-today', '今天', 'today']], 'calendar-legend'),
      el('div', { class: 'cal-months', id: 'calendar-grid' }, months));
    return undefined;
  }

  // ---------------------------------------------------------------- the "十有" checklist

  async function checklist(box) {
    const answer = await optional('/api/v1/checklist');
    if (answer === null) return unavailable(box, 'checklist');
    const items = answer.items || [];
    const met = items.filter(item => item.met).length;
    fill(box,
      el('p', { class: 'ten-summary ' + (met === items.length ? 'on_time' : 'near_due'), id: 'checklist-summary' },
        bi('已达标 ' + met + '/' + items.length, met + ' of ' + items.length + ' met')),
      el('p', { class: 'muted small' }, bi('“数据核验”项由系统根据大厅数据判断；“管理员登记”项在 etc/org.parkhall.checklist.cfg 中填写。',
        '“from data” items are judged from the hall’s records; “recorded” items are filled in etc/org.parkhall.checklist.cfg.')),
      el('ol', { class: 'ten-list', id: 'checklist-items' }, items.map(item =>
        el('li', { class: 'ten-item ' + (item.met ? 'met' : 'unmet'), id: 'checklist-' + item.code, 'data-met': String(item.met) },
          el('span', { class: 'ten-mark', 'aria-hidden': 'true' }, item.met ? '✓' : '✗'),
          el('div', null,
            el('div', { class: 'ten-title' }, coded(item.name),
              item.met ? bi('已达标', 'met', { class: 'sr-only' }) : bi('未达标', 'not met', { class: 'sr-only' }),
              item.fromData ? bi('数据核验', 'from data', { class: 'tag tag-data' })
                : bi('管理员登记', 'recorded', { class: 'tag tag-recorded' })),
            el('p', { class: 'ten-evidence' }, coded(item.evidence)))))));
    return undefined;
  }

  // ---------------------------------------------------------------- tabs

  const DRAW = { overview, floor, departments, stats, rectifications, appointments, ledger,
    pads: box => RatingPadsTab.draw(box, () => showTab('pads')), staff: staffTab, calendar, checklist };

  /**
   * Draws a tab into a fresh box that replaces the shown one when ready; a reply for a tab the admin already left
   * is dropped. Redrawing the same tab keeps the old content on screen meanwhile.
   */
  async function showTab(name) {
    const next = DRAW[name] ? name : 'overview';
    const switching = next !== currentTab || !ui.body.firstChild;
    if (currentTab === 'staff' && next !== 'staff') forgetPassword();
    currentTab = next;
    const token = ++drawing;
    ui.tabs.querySelectorAll('button').forEach(tab => tab.setAttribute('aria-selected',
      String(tab.dataset.tab === currentTab)));
    ui.statsControls.hidden = currentTab !== 'stats';
    ui.rectificationControls.hidden = currentTab !== 'rectifications';
    ui.appointmentControls.hidden = currentTab !== 'appointments';
    ui.calendarControls.hidden = currentTab !== 'calendar';
    say(ui.message);
    if (switching) fill(ui.body, el('p', { class: 'muted' }, bi('正在加载…', 'Loading…')));
    const box = el('div', { class: 'tab-body', 'data-tab': next });
    try {
      await DRAW[next](box);
      if (token !== drawing) return;
      // Parts kept between draws (the staff form) may have missed a language switch while off the page.
      Hall.translate(box);
      box.querySelectorAll('[data-zh-title]').forEach(node => {
        node.title = Hall.t(node.dataset.zhTitle, node.dataset.enTitle);
      });
      fill(ui.body, box);
    } catch (error) {
      if (token !== drawing) return;
      ui.body.replaceChildren();
      fail(ui.message, error);
    }
  }

  function tabButton(name, zh, en, hidden) {
    const tab = button(zh, en, { id: 'admin-tab-' + name, class: 'tab', role: 'tab', 'data-tab': name, hidden,
      onclick: () => Console.go('admin', name) });
    ui.tabButtons[name] = tab;
    return tab;
  }

  /** Asks for the optional endpoints once; each tab (placed, hidden, in a fixed order) shows if its endpoint answers. */
  async function probeOptional() {
    await Promise.all(OPTIONAL.map(async ([name, , , path]) => {
      try {
        if (await optional(path()) !== null) ui.tabButtons[name].hidden = false;
      } catch (e) {
        // Failing: the tab stays away.
      }
    }));
  }

  function build(section) {
    ui.tabButtons = {};
    ui.tabs = el('div', { class: 'tabs', role: 'tablist' }, TABS.map(([name, zh, en]) => tabButton(name, zh, en)),
      OPTIONAL.map(([name, zh, en]) => tabButton(name, zh, en, true)));
    ui.message = el('div', { class: 'msg', id: 'admin-message' });
    ui.statsDay = el('input', { type: 'date', value: Console.today() });
    ui.statsDay.addEventListener('change', () => showTab('stats'));
    ui.statsControls = el('div', { class: 'row-fields', hidden: true }, field('stats-day', '日期', 'Day', ui.statsDay).wrap);
    ui.openOnly = el('input', { type: 'checkbox', id: 'rectifications-open', checked: true });
    ui.openOnly.addEventListener('change', () => showTab('rectifications'));
    ui.rectificationControls = el('div', { hidden: true }, el('label', null, ui.openOnly, ' ',
      bi('只看待回访', 'open ones only')));
    ui.appointmentDay = el('input', { type: 'date', value: Console.today() });
    ui.appointmentDay.addEventListener('change', () => showTab('appointments'));
    ui.appointmentControls = el('div', { class: 'row-fields', hidden: true },
      field('admin-appointment-day', '日期', 'Day', ui.appointmentDay).wrap);
    ui.calendarYear = el('input', { type: 'number', id: 'calendar-year', min: '1900', max: '2999', step: '1',
      inputmode: 'numeric', value: String(thisYear()) });
    ui.calendarYear.addEventListener('change', () => showTab('calendar'));
    ui.calendarYearError = el('div', { class: 'field-error', id: 'calendar-year-error', 'aria-live': 'polite' });
    const previous = button('‹ 上一年', '‹ Previous year', { id: 'calendar-prev', class: 'secondary small' });
    const following = button('下一年 ›', 'Next year ›', { id: 'calendar-next', class: 'secondary small' });
    const current = button('今年', 'This year', { id: 'calendar-this-year', class: 'link small' });
    previous.addEventListener('click', () => stepYear(-1));
    following.addEventListener('click', () => stepYear(1));
    current.addEventListener('click', () => {
      ui.calendarYear.value = String(thisYear());
      showTab('calendar');
    });
    ui.calendarControls = el('div', { class: 'year-picker', hidden: true }, previous,
      tx('label', '年份', 'Year', { for: 'calendar-year' }), ui.calendarYear, following, current, ui.calendarYearError);
    ui.body = el('div', { id: 'admin-body' });
    section.append(el('div', { class: 'panel' }, tx('h2', '管理', 'Administration'), ui.tabs, ui.statsControls,
      ui.rectificationControls, ui.appointmentControls, ui.calendarControls, ui.message, ui.body));
    probeOptional();
  }

  function show(args) {
    return showTab(args[0] || currentTab);
  }

  // Tooltips built from data follow the language switch like data-zh / data-en text does.
  Hall.onLang(() => document.querySelectorAll('[data-zh-title]').forEach(node => {
    node.title = Hall.t(node.dataset.zhTitle, node.dataset.enTitle);
  }));

  Console.section({
    id: 'admin', zh: '管理', en: 'Admin',
    allowed: role => role.admin,
    build, show,
    hide: forgetPassword,
  });
})();
