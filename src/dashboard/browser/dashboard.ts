/**
 * The dashboard page: the headline figures, then one panel per chart (panels.ts), each loaded on
 * its own so a failing query shows its error in its panel and leaves the others drawn. With a STAFF
 * session (shared with GraphiQL, session.ts) the workflow panels are added.
 *
 * ECharts draws text on canvas, which does not wait for web fonts: the Chinese subsets of Noto Sans
 * SC a chart needs are loaded (document.fonts.load with the chart's own text) before it is drawn,
 * or its labels would stay in the fallback font, boxes on a machine without CJK fonts.
 */
import './dashboard.css';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { graphql } from './api';
import { loadFigures } from './figures';
import { both, PANELS, type Panel } from './panels';
import { LOGIN } from './queries';
import { clearSession, currentSession, saveSession, sessionFromToken, subscribeSession, type Session } from '../../web-session/session';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export const FONT_FAMILY = '"Noto Sans SC", sans-serif';

/** What the page drew, for the browser test (test/dashboard-browser.test.ts) and for curious staff in devtools. */
interface PanelState {
  state: 'loading' | 'drawn' | 'error';
  error?: string;
  chart?: EChartsType;
}
const panels = new Map<string, PanelState>();
declare global {
  interface Window {
    haizhiDashboard: { panels: Map<string, PanelState> };
  }
}
window.haizhiDashboard = { panels };

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

/** Every string in an option (labels, names, category data), for loading the glyphs they need. */
function textOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) textOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) textOf(item, into);
  return into;
}

async function fontFor(text: string): Promise<void> {
  // The font's unicode-range subsets that cover these characters, in the sizes the charts use.
  await document.fonts.load(`12px ${FONT_FAMILY}`, text || '海');
}

function panelElement(panel: Panel): HTMLElement {
  const section = document.createElement('section');
  section.className = 'panel';
  section.dataset.panel = panel.id;
  section.dataset.state = 'loading';
  const heading = document.createElement('h2');
  heading.append(panel.title, ' ');
  const en = document.createElement('span');
  en.className = 'en';
  en.textContent = panel.titleEn;
  heading.append(en);
  const chart = document.createElement('div');
  chart.className = 'chart';
  const status = document.createElement('p');
  status.className = 'status';
  status.textContent = both('加载中…', 'Loading…');
  section.append(heading, status, chart);
  return section;
}

async function drawPanel(panel: Panel, section: HTMLElement, token: string | undefined): Promise<void> {
  const state: PanelState = { state: 'loading' };
  panels.set(panel.id, state);
  const status = section.querySelector('.status') as HTMLElement;
  try {
    const option: EChartsCoreOption = await panel.load(token);
    await fontFor(textOf(option).join(''));
    const chart = init(section.querySelector('.chart') as HTMLElement, undefined, { renderer: 'canvas' });
    chart.setOption({ textStyle: { fontFamily: FONT_FAMILY }, animation: false, ...option });
    state.chart = chart;
    state.state = 'drawn';
    status.textContent = '';
  } catch (error) {
    state.state = 'error';
    state.error = error instanceof Error ? error.message : String(error);
    status.textContent = `${both('无法加载', 'Could not load')}: ${state.error}`;
    status.classList.add('error');
  }
  section.dataset.state = state.state;
}

async function drawFigures(token: string | undefined): Promise<void> {
  const list = $('#figures');
  try {
    const figures = await loadFigures(token);
    list.replaceChildren(
      ...figures.map(({ zh, en, value }) => {
        const item = document.createElement('div');
        item.className = 'figure';
        const number = document.createElement('strong');
        number.textContent = value;
        const label = document.createElement('span');
        label.textContent = zh;
        const labelEn = document.createElement('span');
        labelEn.className = 'en';
        labelEn.textContent = en;
        item.append(number, label, labelEn);
        return item;
      }),
    );
    list.dataset.state = 'drawn';
  } catch (error) {
    list.textContent = `${both('无法加载', 'Could not load')}: ${error instanceof Error ? error.message : String(error)}`;
    list.dataset.state = 'error';
  }
}

function drawAll(session: Session | null): Promise<unknown> {
  for (const state of panels.values()) state.chart?.dispose();
  panels.clear();
  const grid = $('#panels');
  grid.replaceChildren();
  const staff = session?.role === 'STAFF';
  const token = session?.token;
  const shown = PANELS.filter((panel) => !panel.staffOnly || staff);
  const drawing = shown.map((panel) => {
    const section = panelElement(panel);
    grid.append(section);
    return drawPanel(panel, section, token);
  });
  return Promise.all([drawFigures(token), ...drawing]);
}

function showSession(session: Session | null): void {
  const form = $<HTMLFormElement>('#sign-in');
  const signedIn = $('#signed-in');
  form.hidden = session !== null;
  signedIn.hidden = session === null;
  if (session) $('#who').textContent = `${session.email} (${session.role})`;
  $('#workflow-hint').hidden = session?.role === 'STAFF';
}

async function signIn(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form);
  const message = $('#sign-in-message');
  message.textContent = '';
  try {
    const { login } = await graphql<{ login: { token: string; viewer: { role: string; email: string | null } } }>(LOGIN, {
      input: { email: String(data.get('email')), password: String(data.get('password')) },
    });
    // Saving it redraws the page (subscribeSession below), here and in the other tabs.
    saveSession(sessionFromToken(login.token, login.viewer.email ?? String(data.get('email')), login.viewer.role));
    form.reset();
  } catch (error) {
    message.textContent = error instanceof Error ? error.message : String(error);
  }
}

/** Each sign-in or sign-out redraws; only the latest drawing marks the page ready. */
let generation = 0;

function start(): void {
  const mine = ++generation;
  const session = currentSession();
  showSession(session);
  document.body.dataset.ready = 'no';
  void drawAll(session).then(() => {
    if (mine === generation) document.body.dataset.ready = 'yes';
  });
}

$<HTMLFormElement>('#sign-in').addEventListener('submit', (event) => void signIn(event));
$('#sign-out').addEventListener('click', () => clearSession());
// Signing in or out, here or in another tab (GraphiQL's, say), and a session expiring while the
// page is open, redraw the page.
subscribeSession(start);
window.addEventListener('resize', () => {
  for (const state of panels.values()) state.chart?.resize();
});
start();
