import { BadRequestException, Controller, Get, Query } from "@nestjs/common";
import { execSync } from "child_process";

@Controller("ops")
export class DiskController {
  private duCommand(tenantId: number): string {
    return `du -sh /data/tenants/${tenantId} 2>/dev/null | cut -f1`;
  }

  @Get("usage")
  usage(@Query("tenant") tenant: string) {
    if (!/^\d{1,9}$/.test(tenant ?? "")) {
      throw new BadRequestException("tenant must be a numeric id");
    }
    const tenantId = Number(tenant);
    const size = execSync(this.duCommand(tenantId), { encoding: "utf8" }).trim();
    return { tenant: tenantId, size };
  }
}
