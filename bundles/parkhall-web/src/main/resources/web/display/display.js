/*
 * Hall display (叫号大屏): the live calls from the server-sent event stream, a ding-dong and a spoken call for
 * each, the last calls, queue waiting counts and a clock. Runs unattended for days: it reconnects by itself.
 */
import * as Hall from '/assets/hall.js';

const { $, setText: say } = Hall;
const KEEP = 8;                 // calls kept in the list (the server also sends its last 8 on connect)
const QUEUES_MS = 15000;
const { ZONE } = Hall;
// Nobody touches a TV: it shows each language in turn, Chinese (most of the hall) the longer.
const LANG_SHOWN_MS = { zh: 20000, en: 10000 };

let calls = [];                 // newest first, as the server's "recent" event sends them
let audio = null;               // the AudioContext, running once someone clicked (browsers demand a gesture)
const pending = [];             // calls still to be announced, one after another
let announcing = false;


function counterText(node, counter) {
  return say(node, `${counter} 号窗口`, `Counter ${counter}`);
}

function parse(data) {
  try {
    return JSON.parse(data);
  } catch (e) {
    return null;
  }
}

// --- the calls ---

function showCurrent(call, fresh) {
  const box = $('current-call');
  if (!call) return;
  say($('current-head'), call.recall ? '重新呼叫' : '请以下号码前往办理', call.recall ? 'Calling again' : 'Now calling');
  $('current-ticket').textContent = call.ticket;
  counterText($('current-counter'), call.counter);
  say($('current-text'), call.text || `请 ${call.ticket} 号到 ${call.counter} 号窗口`,
    call.textEn || `Ticket ${call.ticket}, please go to counter ${call.counter}`);
  if (fresh) {
    // Restart the flash animation even when two calls come close together.
    box.classList.remove('flash');
    void box.offsetWidth;
    box.classList.add('flash');
  }
}

function renderRecent() {
  $('recent-calls').replaceChildren(...calls.map((call, index) => {
    const row = Hall.el('li', { class: index === 0 ? 'latest' : null },
      Hall.el('span', { class: 'r-ticket', text: call.ticket }),
      counterText(Hall.el('span', { class: 'r-counter' }), call.counter),
      Hall.el('span', { class: 'r-time', text: Hall.time(call.at) }));
    if (call.recall) row.append(say(Hall.el('span', { class: 'r-recall' }), '重呼', 'again'));
    return row;
  }));
}

/** The list with this call on top: a recall moves its ticket's row up instead of adding a second one. */
function withCall(list, call) {
  return [call, ...list.filter(earlier => earlier.ticket !== call.ticket)].slice(0, KEEP);
}

function onRecent(event) {
  const list = parse(event.data);
  // On every (re)connect the server sends its recent list (one call per ticket): replace ours, so nothing is doubled.
  calls = Array.isArray(list) ? list.filter(call => call && call.ticket).slice(0, KEEP) : [];
  renderRecent();
  showCurrent(calls[0], false);
}

function onCall(event) {
  const call = parse(event.data);
  if (!call || !call.ticket) return;
  calls = withCall(calls, call);
  renderRecent();
  showCurrent(call, true);
  announce(call);
}

// --- sound: ding-dong, then the spoken call ---

function soundOn() {
  return audio !== null && audio.state === 'running';
}

function enableSound() {
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
  } catch (e) {
    $('sound-enable').hidden = true; // no Web Audio here: nothing to enable
    return;
  }
  audio.resume().then(() => {
    $('sound-enable').hidden = soundOn();
    chime();                    // the operator hears at once that sound works
  });
  // Some browsers also unlock speech only from a click: an empty utterance does it.
  if ('speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined') {
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
  }
}

/** Plays the two-tone chime; answers how long to wait before speaking. */
function chime() {
  if (!soundOn()) return 0;
  const start = audio.currentTime + 0.05;
  [[784, 0], [587, 0.6]].forEach(([frequency, offset]) => {   // G5 then D5: "ding-dong"
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.6, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 1.3);
    tone.connect(gain).connect(audio.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 1.35);
  });
  return 1700;
}

function speak(call, done) {
  if (!soundOn() || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
    done();
    return;
  }
  const english = Hall.currentLang() === 'en' && call.textEn;
  const utterance = new SpeechSynthesisUtterance(english ? call.textEn : (call.text || call.ticket));
  utterance.lang = english ? 'en-US' : 'zh-CN';
  utterance.rate = 0.9;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    setTimeout(done, 500);
  };
  utterance.onend = finish;
  utterance.onerror = finish;
  setTimeout(finish, 10000);    // some speech engines never report the end
  window.speechSynthesis.speak(utterance);
}

function announce(call) {
  pending.push(call);
  if (!announcing) next();
}

function next() {
  const call = pending.shift();
  announcing = Boolean(call);
  if (!call) return;
  setTimeout(() => speak(call, next), chime());
}

// --- the stream, queues and clock ---

function status(state) {
  const box = $('conn-status');
  box.className = 'conn ' + state;
  if (state === 'live') say(box, '已连接', 'Live');
  else if (state === 'down') say(box, '连接中断，正在重试…', 'Disconnected, retrying…');
  else say(box, '正在连接…', 'Connecting…');
}

function connect() {
  const source = new EventSource('/api/v1/display/events');
  status('connecting');
  source.onopen = () => status('live');
  source.addEventListener('recent', event => { status('live'); onRecent(event); });
  source.addEventListener('call', onCall);
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) {
      // The browser gives up on an HTTP error (e.g. the web bundle is restarting): start over ourselves.
      source.close();
      status('down');
      setTimeout(connect, 5000);
    } else {
      status('connecting');     // the browser retries by itself (retry: 3000 from the server)
    }
  };
}

async function loadQueues() {
  try {
    const answer = await Hall.api('GET', '/api/v1/queues');
    $('queue-status').replaceChildren(...(answer.queues || []).map(q => {
      const name = q.name || {};
      return Hall.el('li', { id: 'wait-' + q.letter },
        Hall.el('span', { class: 'w-letter', text: q.letter }),
        say(Hall.el('span', { class: 'w-name' }), name.zh || q.letter, name.en),
        say(Hall.el('span', { class: 'w-count' }), `等候 ${q.waiting} 人`, `${q.waiting} waiting`),
        say(Hall.el('span', { class: 'w-minutes' }), q.waiting > 0 ? `约 ${q.estimatedMinutes} 分钟` : '随到随办',
          q.waiting > 0 ? `~${q.estimatedMinutes} min` : 'no wait'));
    }));
  } catch (e) {
    // Keep the last counts on screen; the next round will try again.
  }
}

function clock() {
  const now = new Date();
  const en = Hall.currentLang() === 'en';
  $('clock-date').textContent = now.toLocaleDateString(en ? 'en-GB' : 'zh-CN',
    { timeZone: ZONE, month: en ? 'short' : 'long', day: 'numeric', weekday: en ? 'short' : 'long' });
  $('clock-time').textContent = now.toLocaleTimeString('zh-CN', { timeZone: ZONE, hour12: false });
}

$('sound-enable').addEventListener('click', enableSound);
// A screen started with autoplay allowed needs no click: try once quietly.
try {
  audio = new (window.AudioContext || window.webkitAudioContext)();
  $('sound-enable').hidden = soundOn();
} catch (e) {
  $('sound-enable').hidden = true;
}

function alternateLanguage() {
  Hall.showLang(Hall.currentLang() === 'zh' ? 'en' : 'zh');
  setTimeout(alternateLanguage, LANG_SHOWN_MS[Hall.currentLang()]);
}

Hall.onLang(() => { clock(); });
Hall.showLang('zh');
setTimeout(alternateLanguage, LANG_SHOWN_MS.zh);
clock();
setInterval(clock, 1000);
loadQueues();
setInterval(loadQueues, QUEUES_MS);
connect();
