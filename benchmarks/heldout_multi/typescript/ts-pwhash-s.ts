import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

@Injectable()
export class UsersService {
  private users = new Map<string, string>();

  async register(email: string, password: string) {
    const hashed = await argon2.hash(password);
    this.users.set(email, hashed);
  }
}
