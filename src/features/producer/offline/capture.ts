import { lotIdOf } from "@ocop/core/client-ids";
import { GUIDED_STEPS } from "../lots/steps.ts";
import { isLotPage, PAGE_CACHE, portalScope, retryDelay, SCRIPT_CACHE, typedTime, vietnamNow, type Waiting, WORKER_PATH } from "./offline.ts";
import { fillShell } from "./shell.ts";
import { forget, keep, update, waitingOf } from "./store.ts";

/**
 * The lot pages' script (OfflineCapture.astro). A submitted form marked
 * `data-offline` is kept on the phone first (IndexedDB) with an id made here,
 * then everything kept is sent in the order recorded: at once when online, on
 * the browser's "online" event, after a failed try with a growing wait, and on
 * the next page load. The backend makes one record per id, so sending again
 * what it may already have is safe. Online, the page then goes where the
 * form's own answer would; offline, the record shows as waiting.
 */

type Words = Record<"waiting" | "event" | "lot" | "refused" | "discard" | "logIn" | "noForm", string>;
type Outcome = { sent: true } | { sent: false; problem: string } | { sent: false; retry: true } | { sent: false; login: true };

export function startOfflineCapture(): void {
  const root = document.querySelector<HTMLElement>("[data-offline-root]");
  if (!root || !("indexedDB" in window) || !("crypto" in window && "randomUUID" in crypto)) return;
  const prefix = root.dataset.prefix === "/en" ? "/en" : "";
  void new Capture(root, prefix).start();
}

class Capture {
  readonly producer: string;
  readonly scope: string;
  readonly words: Words;
  failures = 0;
  sending: Promise<void> | null = null;
  timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly root: HTMLElement,
    readonly prefix: "" | "/en",
  ) {
    this.producer = root.dataset.producer ?? "";
    this.scope = portalScope(prefix);
    this.words = JSON.parse(root.dataset.words ?? "{}") as Words;
  }

  async start(): Promise<void> {
    void this.install();
    const shell = document.querySelector<HTMLElement>("[data-offline-shell]");
    if (shell) {
      const lot = (await waitingOf(this.producer)).find((record) => record.kind === "lot" && record.lot === this.lotOfPage());
      const filled = await fillShell(shell, lot, this.scope);
      if (!filled) shell.querySelector("[data-offline-form]")?.replaceChildren(this.words.noForm);
    }
    for (const form of document.querySelectorAll<HTMLFormElement>("form[data-offline]")) this.enhance(form);
    this.guardOnlineForms();
    addEventListener("online", () => void this.sendAll());
    addEventListener("offline", () => this.showNetwork());
    this.showNetwork();
    void this.render().then(() => this.sendAll());
  }

  /** The app: its manifest, its worker, and the pages and scripts it needs offline kept now (the worker sees only later loads). */
  async install(): Promise<void> {
    const manifest = Object.assign(document.createElement("link"), { rel: "manifest", href: `${this.prefix}/producer-app.webmanifest` });
    document.head.append(manifest);
    if (!("serviceWorker" in navigator) || !("caches" in window)) return;
    // Another producer's pages never show to this one.
    if (localStorage.getItem(PAGE_CACHE) !== this.producer) await caches.delete(PAGE_CACHE);
    localStorage.setItem(PAGE_CACHE, this.producer);
    for (const form of document.querySelectorAll<HTMLFormElement>('form[action$="/producer/logout"]')) {
      form.addEventListener("submit", () => void caches.delete(PAGE_CACHE));
    }
    // Offline, the browser cannot check the worker for an update: the one installed goes on.
    const registered = await navigator.serviceWorker.register(WORKER_PATH, { scope: this.scope }).catch(() => null);
    if (!registered || !navigator.onLine) return;
    const scripts = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith("/_astro/"));
    const pages = [`${this.scope}offline`];
    if (isLotPage(location.pathname, this.scope) && !document.querySelector("[data-offline-shell]")) {
      pages.push(location.pathname);
      // A lot's step forms are pages of their own (the guided form's links): each kept, so a step can be chosen offline.
      if (this.lotOfPage()) pages.push(...GUIDED_STEPS.map((step) => `${location.pathname}?step=${step}`));
    }
    await keepAll(SCRIPT_CACHE, scripts);
    await keepAll(PAGE_CACHE, pages);
  }

  /** The lot of the page: /producer/lots/{id}. */
  lotOfPage(): string {
    const rest = location.pathname.startsWith(`${this.scope}lots/`) ? location.pathname.slice(`${this.scope}lots/`.length) : "";
    return rest.split("/")[0] ?? "";
  }

  enhance(form: HTMLFormElement): void {
    this.freshTimes(form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      // A second tap while the first is kept and sent is the same record.
      if (form.dataset.offlineBusy) return;
      form.dataset.offlineBusy = "1";
      void this.capture(form).finally(() => delete form.dataset.offlineBusy);
    });
  }

  /** The form's time fields start at now and may not pass it, however old the kept page is. */
  freshTimes(form: HTMLFormElement): void {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="datetime-local"]')) {
      const now = vietnamNow();
      if (input.max) input.max = now;
      if (input.value === input.defaultValue) input.defaultValue = input.value = now;
    }
  }

  async capture(form: HTMLFormElement): Promise<void> {
    const id = crypto.randomUUID();
    const kind = form.dataset.offline === "lot" ? "lot" : "event";
    const lot = kind === "lot" ? lotIdOf(id) : this.lotOfPage();
    const fields = [...new FormData(form)].flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : []));
    const label = (form.dataset.offlineLabel ?? "")
      .split(" ")
      .filter(Boolean)
      .map((name) => shown(form, name))
      .filter(Boolean)
      .join(" · ");
    await keep({ id, producer: this.producer, kind, lot, label, fields, to: `${this.scope}offline/send` });
    const after = kind === "lot" ? `${this.scope}lots/${lot}` : `${location.pathname}?saved=1`;
    if (navigator.onLine) {
      // A sending already under way read the queue before this record: one more round after it.
      await this.sending;
      await this.sendAll();
      const still = (await waitingOf(this.producer)).find((record) => record.id === id);
      if (!still) return location.assign(after);
      if (still.problem) {
        // Refused at once, as the form's own answer would be: shown above the form, which keeps what was typed.
        await forget(still.n ?? -1);
        return this.alert(form, still.problem);
      }
    }
    form.reset();
    this.freshTimes(form);
    if (kind === "lot") return location.assign(after);
    await this.render();
  }

  alert(form: HTMLFormElement, problem: string): void {
    const shownAlready = form.previousElementSibling?.matches("[data-offline-problem]") ? (form.previousElementSibling as HTMLElement) : null;
    const box = shownAlready ?? Object.assign(document.createElement("p"), { className: "notice bad", role: "alert" });
    box.dataset.offlineProblem = "";
    box.textContent = problem;
    if (!shownAlready) form.before(box);
    void this.render();
  }

  /** Sends what waits, in order; one sending at a time. */
  sendAll(): Promise<void> {
    this.sending ??= this.sendWaiting().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  async sendWaiting(): Promise<void> {
    clearTimeout(this.timer);
    for (const record of await waitingOf(this.producer)) {
      if (record.problem) continue;
      const outcome = await send(record);
      if (outcome.sent) await forget(record.n ?? -1);
      else if ("problem" in outcome) await update({ ...record, problem: outcome.problem });
      else if ("login" in outcome) {
        this.root.querySelector<HTMLElement>("[data-offline-login]")?.removeAttribute("hidden");
        return this.render();
      } else {
        this.failures++;
        this.timer = setTimeout(() => void this.sendAll(), retryDelay(this.failures));
        return this.render();
      }
    }
    this.failures = 0;
    await this.render();
  }

  async render(): Promise<void> {
    const records = await waitingOf(this.producer);
    this.root.hidden = records.length === 0;
    const count = this.root.querySelector("[data-offline-count]");
    if (count) count.textContent = this.words.waiting.replace("{count}", String(records.length));
    const list = this.root.querySelector("[data-offline-list]");
    list?.replaceChildren(...records.map((record) => this.item(record)));
  }

  item(record: Waiting): HTMLLIElement {
    const li = document.createElement("li");
    const kind = Object.assign(document.createElement("strong"), { textContent: this.words[record.kind] });
    li.append(kind, ` · ${record.label}`);
    if (record.problem) {
      const why = Object.assign(document.createElement("span"), { className: "bad", textContent: `${this.words.refused} ${record.problem}` });
      const discard = Object.assign(document.createElement("button"), { type: "button", textContent: this.words.discard });
      discard.addEventListener("click", () => void forget(record.n ?? -1).then(() => this.render()));
      li.append(why, discard);
    }
    return li;
  }

  showNetwork(): void {
    const notice = document.querySelector<HTMLElement>("[data-offline-notice]");
    if (!notice) return;
    notice.hidden = navigator.onLine;
    // Under the page's title, where it is seen before anything is typed.
    const title = document.querySelector("main h1");
    if (title && title.nextElementSibling !== notice) title.after(notice);
  }

  /** Other forms (serials, labels) need the network: offline they say so instead of failing. */
  guardOnlineForms(): void {
    for (const form of document.querySelectorAll<HTMLFormElement>('main form[method="post"]:not([data-offline])')) {
      if (form.action.endsWith("/logout")) continue;
      form.addEventListener("submit", (event) => {
        if (navigator.onLine) return;
        event.preventDefault();
        this.showNetwork();
        document.querySelector("[data-offline-notice]")?.scrollIntoView({ block: "center" });
      });
    }
  }
}

/** Keeps what is not kept yet; one that cannot be fetched now is fetched again on a later load. */
async function keepAll(name: string, urls: string[]): Promise<void> {
  const cache = await caches.open(name);
  for (const url of urls) if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
}

/** A field as the producer sees it: a select's chosen words, a time day first, a hidden field's words (data-offline-shown), else its value. */
function shown(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLInputElement && field.type === "hidden") return field.dataset.offlineShown ?? field.value;
  if (field instanceof HTMLSelectElement) return field.selectedOptions[0]?.textContent?.trim() ?? "";
  if (field instanceof HTMLInputElement && field.type === "datetime-local") return typedTime(field.value);
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value.trim() : "";
}

/** One record to the portal's send route; what became of it. */
async function send(record: Waiting): Promise<Outcome> {
  const body = new URLSearchParams(record.fields);
  body.set("offline_kind", record.kind);
  body.set("offline_id", record.id);
  body.set("offline_lot", record.lot);
  try {
    const response = await fetch(record.to, { method: "POST", body, redirect: "manual", headers: { accept: "application/json" } });
    // The portal's guard sends a request without a session to the login.
    if (response.type === "opaqueredirect") return { sent: false, login: true };
    if (response.status === 201) return { sent: true };
    if (response.status === 400) return { sent: false, problem: ((await response.json()) as { problem: string }).problem };
    return { sent: false, retry: true };
  } catch {
    return { sent: false, retry: true };
  }
}
