import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export class AccountService {
  private hashPassword(password: string, salt: string): string {
    return scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 }).toString("hex");
  }

  async signUp(email: string, password: string) {
    const salt = randomBytes(16).toString("hex");
    return prisma.account.create({
      data: { email, passwordHash: `${salt}:${this.hashPassword(password, salt)}` },
      select: { id: true, email: true },
    });
  }

  async signIn(email: string, password: string): Promise<boolean> {
    const account = await prisma.account.findUnique({ where: { email } });
    if (!account) return false;
    const [salt, stored] = account.passwordHash.split(":");
    return timingSafeEqual(Buffer.from(stored, "hex"), Buffer.from(this.hashPassword(password, salt), "hex"));
  }
}
