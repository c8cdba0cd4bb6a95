import { Controller, Get, Logger, Query } from '@nestjs/common';
import { CatalogService } from './catalog.service';

// Search endpoint; every query is logged so the merchandising team can grep popular terms.
@Controller('search')
export class SearchController {
  private readonly logger = new Logger('search');

  constructor(private readonly catalog: CatalogService) {}

  @Get()
  async search(@Query('q') q = '', @Query('page') page = '1') {
    const pageNo = Math.max(1, Number.parseInt(page, 10) || 1);
    const term = q.trim();
    const results = await this.catalog.search(term, pageNo);
    this.logger.log(`query term=${term} page=${pageNo} hits=${results.total}`);
    return results;
  }
}
