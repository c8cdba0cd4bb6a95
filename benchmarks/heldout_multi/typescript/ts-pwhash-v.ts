import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';

@Injectable()
export class UsersService {
  private users = new Map<string, string>();

  register(email: string, password: string) {
    const hashed = createHash('sha1').update(password).digest('hex');
    this.users.set(email, hashed);
  }
}
