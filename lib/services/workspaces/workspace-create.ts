import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "../../db";
import { slugify } from "../../schemas/slugify";

/** A workspace with `userId` as its owner; the slug gets a suffix when the name is taken. */
export async function createWorkspaceWithOwner(tx: Prisma.TransactionClient, userId: string, name: string) {
  let slug = slugify(name, 40, "workspace");
  if (await tx.workspace.findUnique({ where: { slug }, select: { id: true } }))
    slug = `${slug}-${randomBytes(3).toString("hex")}`;
  return tx.workspace.create({
    data: { slug, name, memberships: { create: { userId, role: "owner" } } },
    select: { id: true, slug: true, name: true },
  });
}
