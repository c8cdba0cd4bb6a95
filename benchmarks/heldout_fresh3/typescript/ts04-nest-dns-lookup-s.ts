import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const RECORD_TYPES = new Set(['A', 'AAAA', 'MX', 'TXT', 'NS']);
const DOMAIN_RE = /^(?!-)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.?$/;

@Controller('tools')
export class DnsToolController {
  // GET /tools/dns?domain=example.com&type=MX
  @Get('dns')
  async lookup(@Query('domain') domain: string, @Query('type') type = 'A') {
    if (!domain || !DOMAIN_RE.test(domain)) throw new BadRequestException('valid domain is required');
    if (!RECORD_TYPES.has(type)) throw new BadRequestException('unsupported record type');
    const { stdout } = await run('dig', ['+short', type, domain], { timeout: 5000 });
    return { domain, type, answers: stdout.split('\n').filter(Boolean) };
  }
}
