// The default theme in headless Chromium, on a built site: every page type
// loads without script errors, fits a 360 px screen, passes axe-core with no
// serious or critical violation (light and dark schemes) and the Nu Html
// Checker with no error; a reader can go from an article to a person, to one
// of their quotes, to the timeline, and filter the timeline; printing hides
// the navigation. Screenshots at 390 px and 1280 px go to SHOTS_DIR.
//
// Usage: node theme.test.mjs SITE_DIR [SHOTS_DIR]
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { launchChromium, serveSite } from "./serve.mjs";

const require = createRequire(import.meta.url);
const site = process.argv[2];
const shots = process.argv[3] || "target/browser";
const axePath = require.resolve("axe-core/axe.min.js");
const vnuJar = require.resolve("vnu-jar/build/dist/vnu.jar");

let failed = false;
function check(ok, what) {
  console.log(`${ok ? "ok" : "FAILED"}: ${what}`);
  if (!ok) failed = true;
}

const json = async (name) => JSON.parse(await readFile(join(site, "data", name), "utf8"));
const articles = await json("articles.json");
const entities = await json("entities.json");
const quotes = await json("quotes.json");
const quoted = new Set(quotes.map((q) => q.speaker_id).filter(Boolean));
const person = entities.find((e) => e.kind === "person" && quoted.has(e.id));
const place = entities.find((e) => e.kind === "place");

// The free pages (content/pages/): top-level folders that are no section.
const sections = new Set(["articles", "entities", "quotes", "timeline", "sources", "search", "discrepancies", "data", "css", "js"]);
const freePages = [];
for (const name of await readdir(site)) {
  const isPage = !sections.has(name) && (await stat(join(site, name))).isDirectory()
    && (await stat(join(site, name, "index.html")).catch(() => null));
  if (isPage) freePages.push(name);
}

// One page of each type: [name, path].
const pages = [
  ["home", "/"],
  ["article", `/articles/${articles[0].slug}/`],
  ["entity", `/entities/${person.id}/`],
  ...(place ? [["place", `/entities/${place.id}/`]] : []),
  ["entities", "/entities/"],
  ["quotes", "/quotes/"],
  ["timeline", "/timeline/"],
  ["sources", "/sources/"],
  ["search", "/search/"],
  ["discrepancies", "/discrepancies/"],
  ...freePages.map((name) => [`page ${name}`, `/${name}/`]),
  ["not-found", "/404.html"],
];

const server = await serveSite(site);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
await mkdir(shots, { recursive: true });

async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
}

try {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    const errors = [];
    const elsewhere = new Set();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (!request.url().startsWith(base)) elsewhere.add(request.url());
    });
    for (const [name, path] of pages) {
      const response = await page.goto(base + path);
      check(response.ok(), `${scheme}: ${name} loads (${path})`);
      if (scheme === "dark" && (name === "article" || name === "timeline")) {
        await page.screenshot({ path: `${shots}/${name}-dark-1280.png` });
      }
      const violations = await axeViolations(page);
      check(violations.length === 0, `${scheme}: ${name} has no serious or critical axe violation ${violations.join("; ")}`);
    }
    check(errors.length === 0, `${scheme}: no script errors (${errors.join("; ")})`);
    check(elsewhere.size === 0, `${scheme}: no font, script or style from another host (${[...elsewhere].join(", ")})`);
    await context.close();
  }

  for (const width of [360, 390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 800 ? 844 : 900 } });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      await page.goto(base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      check(overflow <= 0, `${width} px: ${name} needs no sideways scrolling (${overflow} px over)`);
      if (width !== 360 && ["home", "article", "entity", "quotes", "timeline"].includes(name)) {
        await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: name !== "quotes" && name !== "timeline" });
      }
    }
    await context.close();
  }

  // The keyboard: the first Tab shows the skip link, which moves to the content.
  {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/articles/${articles[0].slug}/`);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    check(await skip.evaluate((el) => el === document.activeElement), "the first Tab reaches the skip link");
    check(await skip.isVisible(), "the focused skip link is visible");
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    check(outline !== "none", `focus is outlined (${outline})`);
    await page.keyboard.press("Enter");
    // Following a fragment link lands a moment after the key press: wait for it, then check.
    const landed = await page
      .waitForFunction(() => location.hash === "#main", null, { timeout: 5000 })
      .then(() => true, () => false);
    check(landed && page.url().endsWith("#main"), "the skip link leads to the main content");
    await page.close();
  }

  // Article → person → one of their quotes → the timeline.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const article = articles.find((a) => a.entities.includes(person.id)) || articles[0];
    await page.goto(`${base}/articles/${article.slug}/`);
    const chip = page.locator(`.article-entities a[href$="/entities/${person.id}/"]`).first();
    check((await chip.count()) === 1, `the article lists ${person.name} among its entities`);
    await chip.click();
    await page.waitForURL(`**/entities/${person.id}/`);
    check((await page.locator("h1").textContent()).trim() === person.name, `the chip opens ${person.name}'s page`);
    const quoteLink = page.locator(".quote-card .quote-link").first();
    check((await quoteLink.count()) === 1, "the person's page lists their quotes");
    await quoteLink.click();
    await page.waitForURL(/#q-/);
    const hash = new URL(page.url()).hash.slice(1);
    const target = page.locator(`[id="${hash}"]`);
    check(hash.startsWith("q-") && (await target.count()) === 1, `the quote link lands on the quote in its article (#${hash})`);
    check(await target.isVisible(), "the quote is visible");
    await page.locator(".site-header nav a", { hasText: /timeline|linimasa/i }).first().click();
    await page.waitForURL("**/timeline/");
    check((await page.locator(".timeline-item").count()) > 0, "the header leads to the timeline");
    const current = page.locator('.site-header nav a[aria-current="page"]');
    check((await current.count()) === 1 && (await current.getAttribute("href")).endsWith("/timeline/"), "the header marks the timeline as the current page");
    await page.close();
  }

  // The timeline filter.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/timeline/`);
    const form = page.locator("#timeline-filter");
    check(await form.isVisible(), "the filter is shown when scripts run");
    const all = await page.locator(".timeline-item:visible").count();
    // A person among the timeline's choices, else the first choice.
    const choices = await page.locator('#timeline-filter select[name="entity"] option').evaluateAll(
      (options) => options.map((o) => o.value).filter(Boolean),
    );
    const people = new Set(entities.filter((e) => e.kind === "person").map((e) => e.id));
    const chosen = choices.find((id) => people.has(id)) || choices[0];
    check(chosen !== undefined, `the filter offers entities (${choices.length})`);
    await page.selectOption('#timeline-filter select[name="entity"]', chosen);
    const shown = await page.locator(".timeline-item:visible").count();
    const wrong = await page.locator(".timeline-item:visible").evaluateAll(
      (items, id) => items.filter((i) => !i.dataset.entities.split(" ").includes(id)).length,
      chosen,
    );
    check(shown > 0 && shown <= all && wrong === 0, `filtering by ${chosen} keeps only its items (${shown} of ${all})`);
    const kept = await page
      .waitForFunction((id) => location.search.includes(`entity=${id}`), chosen, { timeout: 5000 })
      .then(() => true, () => false);
    check(kept, "the filter is kept in the address");
    await page.screenshot({ path: `${shots}/timeline-filtered-1280.png` });
    await page.reload();
    check((await page.locator(".timeline-item:visible").count()) === shown, "reloading keeps the filter");
    await page.close();
  }

  // Without JavaScript the filter stays hidden and every item shows.
  {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/timeline/`);
    check(!(await page.locator("#timeline-filter").isVisible()), "without scripts the filter is hidden");
    check((await page.locator(".timeline-item:visible").count()) > 0, "without scripts the timeline shows");
    await context.close();
  }

  // Print: no navigation, the article text stays.
  {
    const page = await browser.newPage();
    await page.goto(`${base}/articles/${articles[0].slug}/`);
    await page.emulateMedia({ media: "print" });
    check(!(await page.locator(".site-header nav").isVisible()), "printing hides the site navigation");
    check(await page.locator(".article-body").isVisible(), "printing keeps the article");
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

// The Nu Html Checker on every page type.
const files = pages.map(([, path]) => join(site, path.endsWith("/") ? `${path}index.html` : path));
try {
  execFileSync("java", ["-jar", vnuJar, "--errors-only", "--format", "gnu", ...files], { encoding: "utf8", stdio: "pipe" });
  check(true, `the Nu Html Checker finds no error in ${files.length} pages`);
} catch (error) {
  check(false, `the Nu Html Checker finds errors:\n${error.stderr || error.stdout || error.message}`);
}

process.exit(failed ? 1 : 0);
