// What the browser tests share: a plain static file server for a built site
// on a free loopback port, and headless Chromium.
import { createServer } from "node:http";
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";

const types = {
  html: "text/html; charset=utf-8",
  css: "text/css",
  js: "text/javascript",
  json: "application/json",
  xml: "application/xml",
};

export function serveSite(dir) {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = types[file.split(".").pop()] || "application/octet-stream";
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

// Debian's chromium, headless, as every browser test runs it.
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
