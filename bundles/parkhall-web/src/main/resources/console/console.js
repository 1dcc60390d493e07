// Shows the hall's status and catalog. Every value goes in through textContent, never as HTML.
'use strict';

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error.message + ' / ' + body.error.messageEn);
  return body;
}

async function refresh() {
  const status = document.getElementById('status');
  try {
    const health = await getJson('/api/v1/health');
    const hall = health.hall;
    status.textContent = `运行中：${hall.itemsAvailable}/${hall.itemsTotal} 个事项受理中，${hall.departments} 个部门进驻`
      + ` / running: ${hall.itemsAvailable} of ${hall.itemsTotal} items available, ${hall.departments} departments`;
    const { items } = await getJson('/api/v1/items');
    const body = document.querySelector('#items tbody');
    body.replaceChildren();
    for (const item of items) {
      const row = document.createElement('tr');
      cell(row, item.code);
      cell(row, `${item.name.zh} / ${item.name.en}`);
      cell(row, item.department.name.zh);
      cell(row, item.instant ? '即办 / instant' : `${item.promisedLimitDays} 个工作日 / working days`);
      cell(row, `${item.availability.zh} / ${item.availability.en}`, item.availability.code.toLowerCase());
      body.appendChild(row);
    }
  } catch (e) {
    status.textContent = '无法连接大厅服务 / cannot reach the hall: ' + e.message;
  }
}

refresh();
setInterval(refresh, 10000);
