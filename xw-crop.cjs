const { chromium } = require("@playwright/test");
const fs = require("fs");
(async () => {
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const crops = JSON.parse(process.argv[2]);
  for (const [n, w, y, h] of crops) {
    const p = await b.newPage({ viewport: { width: w, height: h } });
    const src = "data:image/png;base64," + fs.readFileSync("/work/wt-xw-manage/test-results/mappings-an-owner-imports--ffa52-rchives-it-and-downloads-it-desktop/mapping-detail-" + n + ".png").toString("base64");
    await p.setContent('<body style="margin:0"><img style="display:block;margin-top:-' + y + 'px" src="' + src + '"></body>');
    await p.waitForTimeout(200);
    await p.screenshot({ path: "/tmp/xw-" + n + "-" + y + ".png" });
  }
  await b.close();
})();
