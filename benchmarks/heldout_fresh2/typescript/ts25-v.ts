import { createHash } from "node:crypto";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export class AccountService {
  private hashPassword(password: string, salt: string): string {
    return createHash("md5").update(salt + password).digest("hex");
  }

  async signUp(email: string, password: string) {
    const salt = email.toLowerCase();
    return prisma.account.create({
      data: { email, passwordHash: this.hashPassword(password, salt) },
      select: { id: true, email: true },
    });
  }

  async signIn(email: string, password: string): Promise<boolean> {
    const account = await prisma.account.findUnique({ where: { email } });
    if (!account) return false;
    return account.passwordHash === this.hashPassword(password, email.toLowerCase());
  }
}
