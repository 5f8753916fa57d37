import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { gatewayEvaluation } from "./evaluations";
import { newMember, OWNER_STATE, ownerInfo } from "./helpers";

const board = (page: Page) => page.getByTestId("scoring-board");
const cards = (page: Page) => page.getByTestId("score-card");

test("two reviewers score blind (one by keyboard only), then see the spread; finalise; carry over", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = ownerInfo();
  const a = await newMember(browser, "reviewer");
  const b = await newMember(browser, "reviewer");
  const { id, frameworkId } = await gatewayEvaluation(a.page);
  const url = `/w/${owner.workspace}/evaluations/${id}/score/GW`;

  // The owner assigns A and B to the Gateway section (the owner then facilitates, not scores).
  const ownerCtx = await browser.newContext({ storageState: OWNER_STATE });
  const o = await ownerCtx.newPage();
  await o.goto(`/w/${owner.workspace}/evaluations/${id}`);
  await o.getByRole("checkbox", { name: a.email }).check();
  await o.getByRole("checkbox", { name: b.email }).check();
  await o.getByRole("button", { name: "Save reviewers for Gateway" }).click();
  await expect(o.getByRole("status").filter({ hasText: "Reviewers saved." })).toBeVisible();
  await expectNoA11yViolations(o);

  // Reviewer A: keyboard only.
  await a.page.goto(url);
  await expect(board(a.page)).toHaveAttribute("data-ready", "true");
  await expectNoA11yViolations(a.page);
  await a.page.keyboard.press("?");
  await expect(a.page.getByRole("dialog", { name: "Keyboard" })).toBeVisible();
  await a.page.keyboard.press("?");
  for (let i = 0; i < 8; i++) {
    await a.page.keyboard.press(i === 2 ? "n" : String(i % 2 ? 3 : 4));
    if (i === 2) {
      await a.page.keyboard.type("No radio links on this stack");
      await a.page.keyboard.press("Escape");
    }
    if (i < 7) await a.page.keyboard.press("j");
  }
  await a.page.keyboard.press("e");
  await a.page.keyboard.type("Checked the signed update path");
  await a.page.keyboard.press("Escape");
  await expect(a.page.getByTestId("progress")).toContainText("8 of 8 scored");
  await expect(cards(a.page).getByText("Saved")).toHaveCount(8);

  // Reviewer B, with the mouse; neither sees the other yet.
  await b.page.goto(url);
  await expect(board(b.page)).toHaveAttribute("data-ready", "true");
  for (let i = 0; i < 8; i++)
    await cards(b.page)
      .nth(i)
      .getByRole("radio", { name: i === 0 ? /^1/ : /^3/ })
      .click();
  await expect(cards(b.page).getByText("Saved")).toHaveCount(8);
  await expect(b.page.getByTestId("others")).toHaveCount(0);

  // A submits by keyboard and then sees everyone's scores; B is still blind.
  await a.page.getByRole("button", { name: "Submit Gateway" }).focus();
  await a.page.keyboard.press("Enter");
  await expect(a.page.getByTestId("others").first()).toBeVisible();
  await expect(cards(a.page).first().getByTestId("others")).toContainText("spread 3 · disagreement");
  await b.page.reload();
  await expect(b.page.getByTestId("others")).toHaveCount(0);
  await b.page.getByRole("button", { name: "Submit Gateway" }).click();
  await expect(b.page.getByTestId("others").first()).toBeVisible();

  // The owner (not a Gateway reviewer) sees every score and records the agreed value.
  await o.goto(url);
  const firstCard = cards(o).first();
  await expect(firstCard.getByTestId("others")).toContainText("spread 3");
  await firstCard.getByLabel("Agreed value").selectOption("2");
  await firstCard.getByLabel("Reason").fill("Workshop: signing only for firmware");
  await firstCard.getByRole("button", { name: "Record agreed value" }).click();
  await expect(firstCard.getByTestId("agreed")).toContainText(
    "Agreed: 2 — Workshop: signing only for firmware",
  );
  await expectNoA11yViolations(o);

  // The owner sees the section's score and agreement, then finalises.
  await o.goto(`/w/${owner.workspace}/evaluations/${id}`);
  const row = o
    .getByTestId("section-row")
    .filter({ has: o.getByRole("cell", { name: "Gateway", exact: true }) });
  await expect(row).not.toContainText("blind");
  await expect(row.getByRole("cell").nth(5)).toHaveText("2"); // both reviewers submitted
  await expect(o.getByTestId("weakest")).toContainText("2 GW-01"); // the agreed value
  await expect(o.getByRole("heading", { name: /Gaps/ })).toContainText("(0 without a consensus)");
  await expect(
    o.getByTestId("reviewer-progress").getByRole("listitem").filter({ hasText: a.email }).last(),
  ).toContainText("8/8");
  await expect(o.getByTestId("history-row").first()).toBeVisible();
  await expectNoA11yViolations(o);
  await o.getByRole("button", { name: "Finalise" }).click();
  await expect(o.getByTestId("evaluation-status")).toContainText("final");

  // Final is read-only for reviewers.
  await a.page.goto(url);
  await expect(a.page.getByText("Final: read-only.")).toBeVisible();
  await expect(cards(a.page).first().getByRole("radio").first()).toBeDisabled();

  // A new release starts from this evaluation: scores are marked carried over.
  const next = await o.request.post("/api/v1/evaluations", {
    headers: { Authorization: `Bearer ${owner.token}` },
    data: {
      frameworkId,
      catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      fromEvaluationId: id,
    },
  });
  expect(next.status()).toBe(201);
  await a.page.goto(`/w/${owner.workspace}/evaluations/${(await next.json()).id}/score/GW`);
  await expect(cards(a.page).getByText("carried over")).toHaveCount(8);
  await ownerCtx.close();
  await a.ctx.close();
  await b.ctx.close();
});

test("nothing typed is lost: an offline save fails visibly and goes through when the network returns", async ({
  browser,
}) => {
  const owner = ownerInfo();
  const r = await newMember(browser, "reviewer");
  const { id } = await gatewayEvaluation(r.page);
  await r.page.goto(`/w/${owner.workspace}/evaluations/${id}/score/GW`);
  await expect(board(r.page)).toHaveAttribute("data-ready", "true");
  await r.ctx.setOffline(true);
  await cards(r.page).first().getByRole("radio", { name: /^2/ }).click();
  await expect(
    cards(r.page)
      .first()
      .getByText(/No connection|Not saved/),
  ).toBeVisible();
  await r.ctx.setOffline(false);
  await expect(cards(r.page).first().getByText("Saved")).toBeVisible({ timeout: 15_000 });
  await r.page.reload();
  await expect(cards(r.page).first().getByRole("radio", { name: /^2/ })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await r.ctx.close();
});
