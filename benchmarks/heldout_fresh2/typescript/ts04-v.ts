import { BadRequestException, Controller, Get, Query } from "@nestjs/common";
import { execSync } from "child_process";

@Controller("ops")
export class DiskController {
  private duCommand(dir: string): string {
    return `du -sh /data/tenants/${dir} 2>/dev/null | cut -f1`;
  }

  @Get("usage")
  usage(@Query("tenant") tenant: string) {
    if (!tenant) {
      throw new BadRequestException("tenant is required");
    }
    const size = execSync(this.duCommand(tenant), { encoding: "utf8" }).trim();
    return { tenant, size };
  }
}
