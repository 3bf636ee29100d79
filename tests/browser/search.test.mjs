// In headless Chromium: typing a person's name on /search/ finds their
// quotes and their page, and the page opens. Usage: node search.test.mjs SITE_DIR
import { mkdir } from "node:fs/promises";
import { launchChromium, serveSite } from "./serve.mjs";

const site = process.argv[2];
const shots = process.argv[3] || "target/browser";
const server = await serveSite(site);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
let failed = false;
function check(ok, what) {
  console.log(`${ok ? "ok" : "FAILED"}: ${what}`);
  if (!ok) failed = true;
}
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/search/`);
  await page.fill("#search-input", "lavrov");
  await page.waitForSelector(".search-hit");
  const quotes = await page.locator(".search-quote").count();
  check(quotes >= 5, `quotes by Lavrov are found (${quotes})`);
  const person = page.locator(".search-entity a", { hasText: "Sergei Lavrov" });
  check((await person.count()) === 1, "his page is found");
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/search-1280.png` });
  await person.click();
  await page.waitForURL("**/entities/sergei-lavrov/");
  check((await page.locator("h1").textContent()).trim() === "Sergei Lavrov", "the result opens his page");
  await page.goto(`${base}/search/?q=peskov`);
  await page.waitForSelector(".search-hit");
  check((await page.locator(".search-entity").count()) >= 1, "a query in the URL is searched on load");
  check(errors.length === 0, `no script errors (${errors.join("; ")})`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
