import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository, DataSource } from "typeorm";
import { User } from "./user.entity";
import { UpdateProfileDto } from "./dto/update-profile.dto";

@Controller("users")
export class UsersController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>, private readonly ds: DataSource) {}

  @Patch(":id")
  async update(@Param("id", ParseIntPipe) id: number, @Body() dto: UpdateProfileDto) {
    // ok: js.flow.mass-assignment
    await this.users.update(id, dto);
    return this.users.findOneBy({ id });
  }

  @Patch(":id/raw")
  async updateRaw(@Param("id", ParseIntPipe) id: number, @Body() body: Partial<User>) {
    // ruleid: js.flow.mass-assignment
    await this.users.update(id, body);
    return this.users.findOneBy({ id });
  }

  @Post()
  async create(@Body() body: any) {
    // ruleid: js.flow.mass-assignment
    return this.users.save(body);
  }

  @Get("by-name")
  async byName(@Query("name") name: string) {
    // ok: js.flow.sql-injection
    return this.ds.query("SELECT id, name FROM users WHERE name = $1", [name]);
  }

  @Get("sorted")
  async sorted(@Query("sort") sort: string) {
    const column = ({ name: "name", created: "created_at" } as Record<string, string>)[sort] ?? "id";
    // ok: js.flow.sql-injection
    return this.ds.query(`SELECT id, name FROM users ORDER BY ${column}`);
  }
}
