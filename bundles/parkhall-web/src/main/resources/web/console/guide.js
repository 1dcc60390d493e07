/*
 * Service guides (办事指南) as the window uses them: the item search, the guide itself, the materials checklist
 * and the form facts a department's handler reads. Shared by the intake, the supplement and the guide pages.
 */
'use strict';

const Guide = (() => {
  const { tx, bi, coded } = Console;

  /**
   * Facts the departments' handlers read (Application.fact / flag), with their labels and kinds, so the clerk is
   * offered the right fields. A department added later works too: the free key/value rows take any other fact,
   * and a one-time notice naming an unknown fact gets a text field for it.
   * kind: text, number (decimal), int, date (YYYY-MM-DD), flag ("true"/"false"), or a list of choices.
   */
  const FACTS = {
    byAgent: ['委托他人代为办理', 'applying through an agent', 'flag'],
    companyName: ['公司名称（以“有限公司”或“有限责任公司”结尾）', 'company name', 'text'],
    registeredCapital: ['注册资本（万元）', 'registered capital (10,000 yuan)', 'number'],
    shareholders: ['股东人数（1至50）', 'number of shareholders (1-50)', 'int'],
    payInYears: ['认缴出资期限（年，不超过5）', 'pay-in period in years (at most 5)', 'int'],
    businessScope: ['经营范围', 'business scope', 'text'],
    businessKinds: ['经营项目（食品销售、餐饮服务、单位食堂）', 'business kinds (food sales, catering, canteen)', 'text'],
    prepackagedOnly: ['仅销售预包装食品', 'sells prepackaged food only', 'flag'],
    vendingMachines: ['利用自动售货设备经营', 'uses vending machines', 'flag'],
    accountingSystem: ['财务会计制度（如《小企业会计准则》）', 'financial accounting system', 'text'],
    bankAccount: ['银行账号', 'bank account number', 'text'],
    annualSales: ['年应征增值税销售额（元）', 'annual taxable sales (yuan)', 'number'],
    soundAccounting: ['会计核算健全', 'sound accounting', 'flag'],
    invoiceTypes: ['申请领用的发票种类', 'invoice types', 'text'],
    paperInvoices: ['领用纸质发票', 'needs paper invoices', 'flag'],
    realNameVerified: ['已完成实名信息采集和验证', 'real-name verification done', 'flag'],
    refusesViolationHandling: ['有税收违法行为且拒不接受处理', 'refuses to accept handling of a tax violation', 'flag'],
    employees: ['职工人数', 'number of employees', 'int'],
    establishedOn: ['单位成立日期', 'date of establishment', 'date'],
    employeeName: ['职工姓名', 'employee name', 'text'],
    employeeIdNumber: ['职工公民身份号码', 'employee ID number', 'text'],
    hiredOn: ['用工日期', 'hiring date', 'date'],
    scheme: ['工时制度', 'working-hours scheme', [['irregular', '不定时工作制', 'irregular hours'],
      ['comprehensive', '综合计算工时工作制', 'comprehensive hours']]],
    period: ['综合计算周期', 'averaging period', [['week', '周', 'week'], ['month', '月', 'month'],
      ['quarter', '季', 'quarter'], ['year', '年', 'year']]],
    positions: ['实行特殊工时的岗位', 'positions concerned', 'text'],
    workers: ['涉及职工人数', 'number of workers concerned', 'int'],
    centralEnterprise: ['中央直属企业', 'centrally administered enterprise', 'flag'],
    projectName: ['工程名称', 'project name', 'text'],
    investment: ['工程投资额（元）', 'investment (yuan)', 'number'],
    floorArea: ['建筑面积（平方米）', 'floor area (m²)', 'number'],
    outsidePlanningArea: ['位于城镇规划区外（无需建设工程规划许可证）', 'outside the planning area', 'flag'],
    acceptedOn: ['竣工验收合格日期', 'date of the completion acceptance', 'date'],
    residential: ['住宅工程', 'residential project', 'flag'],
    wastewaterKinds: ['污水类别（如生活污水、生产废水）', 'kinds of wastewater', 'text'],
    dailyVolume: ['日排水量（立方米/日）', 'daily discharge (m³/day)', 'number'],
    pretreatment: ['须建设污水预处理设施', 'needs pretreatment facilities', 'flag'],
    keyPolluter: ['列入重点排污单位名录', 'listed key polluter', 'flag'],
    scope: ['许可范围（危险化学品品名或类别）', 'licence scope (chemicals)', 'text'],
    safetyOfficers: ['专职安全生产管理人员人数', 'full-time safety officers', 'int'],
    managersCertified: ['主要负责人和安全管理人员考核合格', 'principal and safety officers certified', 'flag'],
    storageFacilities: ['带有储存设施', 'with storage facilities', 'flag'],
    toxicOrExplosive: ['经营剧毒或易制爆化学品', 'highly toxic or explosive precursors', 'flag'],
    highRisk: ['属于须评审的生产经营单位', 'unit whose plan must be reviewed', 'flag'],
    evaluated: ['预案已经专家评审', 'plan reviewed by experts', 'flag'],
    publishedOn: ['应急预案公布日期', 'publication date of the plan', 'date'],
    category: ['易制毒化学品类别', 'precursor category', [['3', '第三类', 'category 3'], ['2', '第二类', 'category 2'],
      ['1', '第一类', 'category 1']]],
    chemicals: ['经营品种（如甲苯、丙酮、硫酸）', 'chemicals traded', 'text'],
    hazardousChemical: ['备案品种属于危险化学品', 'also a hazardous chemical', 'flag'],
  };

  /** Which facts each item's handler reads (besides byAgent, which every item has). */
  const ITEM_FACTS = {
    'AMR-REG-01': ['companyName', 'registeredCapital', 'shareholders', 'payInYears'],
    'AMR-REG-02': ['businessScope'],
    'AMR-FBL-01': ['businessKinds', 'prepackagedOnly', 'vendingMachines'],
    'TAX-REG-01': ['accountingSystem', 'bankAccount'],
    'TAX-INV-01': ['invoiceTypes', 'paperInvoices', 'realNameVerified', 'refusesViolationHandling'],
    'TAX-GVT-01': ['annualSales', 'soundAccounting'],
    'HRSS-SI-01': ['employees', 'establishedOn', 'bankAccount'],
    'HRSS-SI-02': ['employeeName', 'employeeIdNumber', 'hiredOn'],
    'HRSS-LR-01': ['scheme', 'period', 'positions', 'workers', 'centralEnterprise'],
    'HOUS-CP-01': ['projectName', 'investment', 'floorArea', 'outsidePlanningArea'],
    'HOUS-FIN-01': ['projectName', 'acceptedOn', 'residential'],
    'HOUS-DRN-01': ['wastewaterKinds', 'dailyVolume', 'pretreatment', 'keyPolluter'],
    'EMG-HC-01': ['scope', 'safetyOfficers', 'managersCertified', 'storageFacilities', 'toxicOrExplosive'],
    'EMG-PLAN-01': ['publishedOn', 'highRisk', 'evaluated'],
    'EMG-PC-01': ['category', 'chemicals', 'hazardousChemical'],
  };

  /** The label of a fact key as {zh, en}; an unknown key is shown as it is. */
  function factLabel(key) {
    const known = FACTS[key];
    return known ? { zh: known[0], en: known[1] } : { zh: key, en: key };
  }

  /** A fact's value as the clerk reads it: flags as yes/no, choices by their name. */
  function factValue(key, value) {
    const kind = FACTS[key] ? FACTS[key][2] : 'text';
    if (kind === 'flag') return value === 'true' ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
    if (Array.isArray(kind)) {
      const choice = kind.find(entry => entry[0] === value);
      if (choice) return { zh: choice[1], en: choice[2] };
    }
    return { zh: value, en: value };
  }

  // ---------------------------------------------------------------- loading

  /**
   * An item, or a 一件事 bundle, with everything the window needs: {code, name, bundle, items: [detail…],
   * available}. A bundle has no guide of its own: its items' guides are loaded one by one.
   */
  async function load(code) {
    const catalog = await Console.catalog();
    const bundle = (catalog.bundles || []).find(candidate => candidate.code === code);
    if (bundle) {
      const items = await Promise.all(bundle.itemCodes.map(itemCode =>
        Console.api('GET', '/api/v1/items/' + encodeURIComponent(itemCode))));
      return { code, name: bundle.name, bundle: true, items,
        available: items.every(item => item.availability && item.availability.code === 'AVAILABLE') };
    }
    const item = await Console.api('GET', '/api/v1/items/' + encodeURIComponent(code));
    return { code, name: item.name, bundle: false, items: [item],
      available: item.availability && item.availability.code === 'AVAILABLE' };
  }

  /** Items matching the search (the server searches codes, names, departments and guides) and matching bundles. */
  async function search(query) {
    const q = query.trim();
    const found = await Console.api('GET', '/api/v1/items' + (q ? '?q=' + encodeURIComponent(q) : ''));
    const codes = new Set(found.items.map(item => item.code));
    const lower = q.toLowerCase();
    const bundles = (found.bundles || []).filter(bundle => !q || bundle.code.toLowerCase().includes(lower)
      || bundle.name.zh.includes(q) || bundle.name.en.toLowerCase().includes(lower)
      || bundle.itemCodes.some(code => codes.has(code)));
    return { items: found.items, bundles };
  }

  /** The search results as buttons, id prefix + code, each calling choose(code). */
  function resultList(found, prefix, choose, selected) {
    const rows = found.bundles.map(bundle => Console.el('li', null, Console.el('button', {
      type: 'button', class: 'result' + (bundle.code === selected ? ' selected' : ''), id: prefix + bundle.code,
      onclick: () => choose(bundle.code),
    }, Console.el('span', { class: 'code' }, bundle.code), ' ', coded(bundle.name, { class: 'name' }), ' ',
    bi('一件事 · ' + bundle.itemCodes.join('、'), 'bundle · ' + bundle.itemCodes.join(', '), { class: 'muted small' }))));
    found.items.forEach(item => rows.push(Console.el('li', null, Console.el('button', {
      type: 'button', class: 'result' + (item.code === selected ? ' selected' : ''), id: prefix + item.code,
      onclick: () => choose(item.code),
    }, Console.el('span', { class: 'code' }, item.code), ' ', coded(item.name, { class: 'name' }), ' ',
    Console.el('span', { class: 'muted small' }, coded(item.department.name), ' · ', limits(item)), ' ',
    coded(item.availability, { class: 'small ' + item.availability.code.toLowerCase() })))));
    if (!rows.length) {
      rows.push(Console.el('li', { class: 'muted' }, bi('没有找到相关事项', 'No item matches')));
    }
    return Console.el('ul', { class: 'results' }, rows);
  }

  /** "承诺3个工作日（法定20）" or "即办". */
  function limits(item) {
    if (item.instant) return bi('即办件', 'decided at the window');
    return bi('承诺' + item.promisedLimitDays + '个工作日（法定' + item.legalLimitDays + '）',
      item.promisedLimitDays + ' working days promised (' + item.legalLimitDays + ' legal)');
  }

  // ---------------------------------------------------------------- the guide

  function list(values, ordered) {
    return Console.el(ordered ? 'ol' : 'ul', null, values.map(value => Console.el('li', null, value)));
  }

  function block(zh, en, ...content) {
    return Console.el('div', { class: 'guide-block' }, tx('h4', zh, en), ...content);
  }

  function materialLine(material) {
    return [Console.el('strong', null, material.name), ' ', coded(material.form, { class: 'muted' }),
      Console.el('span', { class: 'muted' }, ' ×' + material.copies),
      material.condition ? Console.el('span', { class: 'condition' }, '（' + material.condition + '）') : null];
  }

  /** One item's whole guide: conditions, materials, steps, limits, fees, basis, delivery, place and hours. */
  function itemGuide(item) {
    const guide = item.guide;
    const fees = guide.fees.length ? list(guide.fees.map(fee => fee.name + '：' + fee.yuan + ' 元（' + fee.basis + '）'))
      : bi('不收费', 'free of charge');
    return Console.el('div', { class: 'guide' },
      Console.el('p', { class: 'guide-head' }, Console.el('span', { class: 'code' }, item.code), ' ', coded(item.kind), ' · ',
        coded(item.department.name), ' · ', limits(item), ' · ',
        coded(item.availability, { class: item.availability.code.toLowerCase() })),
      block('受理条件', 'Conditions', list(guide.conditions)),
      block('申请材料', 'Materials', Console.el('ol', null, guide.materials.map(material => Console.el('li', null,
        materialLine(material), material.notes ? Console.el('div', { class: 'muted small' }, material.notes) : null,
        material.template ? Console.el('div', { class: 'muted small' }, bi('表格/样本：', 'Form/sample: '),
          material.template) : null)))),
      block('办理流程', 'Steps', list(guide.steps, true)),
      block('收费', 'Fees', fees),
      block('设定依据', 'Legal basis', list(guide.legalBasis)),
      block('送达方式', 'Delivery', Console.el('p', null, guide.deliveryModes.map((mode, i) =>
        [i ? '、' : '', coded(mode)]))),
      block('办理地点与时间', 'Place and hours', Console.el('p', null, guide.location), Console.el('p', null, guide.hours),
        Console.el('p', null, bi('咨询电话：', 'Phone: '), guide.consultationPhone)));
  }

  /** The guide of an item or of each item of a bundle (each in its own fold). */
  function view(loaded) {
    if (!loaded.bundle) return itemGuide(loaded.items[0]);
    return Console.el('div', null, Console.el('p', { class: 'muted' }, bi('一件事：一次申请，以下事项并联办理、一次送达。',
      'Bundle: one application; the items below are decided in parallel and delivered once.')),
    loaded.items.map(item => Console.el('details', { class: 'guide-fold' },
      Console.el('summary', null, Console.el('span', { class: 'code' }, item.code), ' ', coded(item.name)), itemGuide(item))));
  }

  // ---------------------------------------------------------------- materials checklist

  /**
   * A checkbox per material (id material-<code>; in a bundle material-<ITEM>/<code>, as the hall names them).
   * presented: codes already handed in (checked and fixed); wanted: codes a notice asks for (highlighted).
   * onChange runs after every tick. Returns {element, checked(): codes newly ticked, missingRequired()}.
   */
  function checklist(loaded, options) {
    const opts = options || {};
    const presented = new Set(opts.presented || []);
    const wanted = new Set(opts.wanted || []);
    const boxes = [];
    const groups = loaded.items.map(item => {
      const rows = item.guide.materials.map(material => {
        const code = loaded.bundle ? item.code + '/' + material.code : material.code;
        const before = presented.has(code);
        const box = Console.el('input', { type: 'checkbox', id: 'material-' + code, value: code, checked: before,
          disabled: before, onchange: () => opts.onChange && opts.onChange() });
        boxes.push({ box, code, required: !material.condition, before });
        return Console.el('li', { class: (wanted.has(code) ? 'wanted ' : '') + (material.condition ? 'conditional' : 'required') },
          Console.el('label', null, box, ' ', materialLine(material),
            before ? bi('（已提交）', ' (handed in)', { class: 'muted small' }) : null,
            material.notes ? Console.el('div', { class: 'muted small' }, material.notes) : null));
      });
      return Console.el('div', { class: 'checklist-group' },
        loaded.bundle ? Console.el('h4', null, Console.el('span', { class: 'code' }, item.code), ' ', coded(item.name)) : null,
        Console.el('ul', { class: 'checklist' }, rows));
    });
    const element = Console.el('div', { class: 'materials' }, groups);
    return {
      element,
      /** Codes ticked now that were not handed in before. */
      checked: () => boxes.filter(entry => entry.box.checked && !entry.before).map(entry => entry.code),
      /** Always-required materials not ticked: the one-time notice will ask for them. */
      missingRequired: () => boxes.filter(entry => entry.required && !entry.box.checked).length,
      tickAllRequired: () => {
        boxes.filter(entry => entry.required).forEach(entry => { entry.box.checked = true; });
        if (opts.onChange) opts.onChange();
      },
    };
  }

  // ---------------------------------------------------------------- facts

  function factInput(key, kind, value) {
    const id = 'fact-' + key;
    if (kind === 'flag') {
      return Console.el('input', { type: 'checkbox', id, checked: value === 'true' });
    }
    if (Array.isArray(kind)) {
      const select = Console.el('select', { id },
        Console.el('option', { value: '' }, '—'),
        kind.map(([code, zh, en]) => tx('option', code + ' · ' + zh, code + ' · ' + en, { value: code })));
      select.value = value || '';
      return select;
    }
    const attrs = { id, value: value || '', autocomplete: 'off' };
    if (kind === 'number') Object.assign(attrs, { inputmode: 'decimal' });
    if (kind === 'int') Object.assign(attrs, { inputmode: 'numeric' });
    if (kind === 'date') Object.assign(attrs, { type: 'date' });
    return Console.el('input', attrs);
  }

  /**
   * The form facts of an item (or of all a bundle's items): the known fields, then free key/value rows for any
   * other fact. values is what is known already (a supplement starts from the case's facts); highlight names the
   * facts a notice asks about, extra the facts to offer besides the known ones.
   * Returns {element, values(): {key: value}, errorFor(key)}.
   */
  function factsEditor(itemCodes, options) {
    const opts = options || {};
    const values = opts.values || {};
    const highlight = new Set(opts.highlight || []);
    const keys = ['byAgent'];
    itemCodes.forEach(code => (ITEM_FACTS[code] || []).forEach(key => { if (!keys.includes(key)) keys.push(key); }));
    (opts.extra || []).concat(Object.keys(values)).forEach(key => { if (!keys.includes(key)) keys.push(key); });
    const inputs = new Map();
    const errors = new Map();
    const fields = keys.map(key => {
      const known = FACTS[key];
      const kind = known ? known[2] : 'text';
      const input = factInput(key, kind, values[key]);
      inputs.set(key, { input, kind });
      const label = factLabel(key);
      const error = Console.el('div', { class: 'field-error' });
      errors.set(key, error);
      const classes = 'field fact' + (highlight.has(key) ? ' wanted' : '') + (kind === 'flag' ? ' flag' : '');
      if (kind === 'flag') {
        return Console.el('div', { class: classes }, Console.el('label', null, input, ' ', coded(label),
          Console.el('span', { class: 'muted small' }, ' ' + key)), error);
      }
      return Console.el('div', { class: classes }, Console.el('label', { for: 'fact-' + key }, coded(label),
        Console.el('span', { class: 'muted small' }, ' ' + key)), input, error);
    });
    const free = Console.el('div', { class: 'free-facts' });
    const addRow = () => {
      const keyInput = Console.el('input', { class: 'fact-key', 'aria-label': 'key', autocomplete: 'off',
        'data-zh-placeholder': '字段名（英文）', 'data-en-placeholder': 'key', placeholder: Hall.t('字段名（英文）', 'key') });
      const valueInput = Console.el('input', { class: 'fact-value', 'aria-label': 'value', autocomplete: 'off',
        'data-zh-placeholder': '填写内容', 'data-en-placeholder': 'value', placeholder: Hall.t('填写内容', 'value') });
      const row = Console.el('div', { class: 'free-row' }, keyInput, valueInput,
        Console.button('删除', 'Remove', { class: 'secondary small', onclick: () => row.remove() }));
      free.append(row);
      keyInput.focus();
    };
    const element = Console.el('div', { class: 'facts' }, fields, free,
      Console.button('+ 其他申请信息', '+ other form field', { class: 'secondary small', id: 'fact-add', onclick: addRow }));
    return {
      element,
      /** The facts as the hall takes them: flags "true"/"false", empty fields left out. */
      values: () => {
        const out = {};
        inputs.forEach(({ input, kind }, key) => {
          if (kind === 'flag') out[key] = input.checked ? 'true' : 'false';
          else if (input.value.trim()) out[key] = input.value.trim();
        });
        free.querySelectorAll('.free-row').forEach(row => {
          const key = row.querySelector('.fact-key').value.trim();
          const value = row.querySelector('.fact-value').value.trim();
          if (key && value) out[key] = value;
        });
        return out;
      },
      errorFor: key => errors.get(key),
    };
  }

  /** The delivery modes every item offers (a bundle delivers once, so only modes all its items allow). */
  function deliveryModes(loaded) {
    let modes = loaded.items[0].guide.deliveryModes;
    loaded.items.slice(1).forEach(item => {
      const codes = new Set(item.guide.deliveryModes.map(mode => mode.code));
      modes = modes.filter(mode => codes.has(mode.code));
    });
    return modes;
  }

  return { load, search, resultList, view, checklist, factsEditor, factLabel, factValue, deliveryModes, limits };
})();
