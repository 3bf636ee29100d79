// In headless Chromium: every page built from tests/fixtures/xss, whose every
// field carries a script payload, loads without running any of them: no
// dialog opens and the sentinel window.__xss stays unset.
// Usage: node xss.test.mjs SITE_DIR
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { launchChromium, serveSite } from "./serve.mjs";

const site = process.argv[2];
async function pages(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await pages(path)));
    else if (entry.name.endsWith(".html")) found.push("/" + relative(site, path).replace(/index\.html$/, ""));
  }
  return found;
}

const server = await serveSite(site);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
let failed = false;
try {
  const page = await browser.newPage();
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const list = await pages(site);
  for (const path of list) {
    await page.goto(base + path, { waitUntil: "load" });
    await page.mouse.move(200, 200);
    await page.mouse.move(400, 300);
    const ran = await page.evaluate(() => window.__xss !== undefined);
    if (ran || dialogs) {
      console.log(`FAILED: a payload ran on ${path}`);
      failed = true;
    }
  }
  await page.goto(`${base}/search/?q=costa`);
  await page.waitForSelector(".search-hit");
  const ran = await page.evaluate(() => window.__xss !== undefined);
  if (ran || dialogs) failed = true;
  console.log(
    failed
      ? `FAILED: a payload ran (${dialogs} dialog(s))`
      : `ok: ${list.length} pages and a search with payloads ran no script`,
  );
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
