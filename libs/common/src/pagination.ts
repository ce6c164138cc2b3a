import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_LIMIT = 100;
export const DEFAULT_PAGE_LIMIT = 20;

/** `?page=&limit=`; extend it for list endpoints with filters. */
export class PageQueryDto {
  @ApiProperty({ required: false, minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiProperty({ required: false, minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = DEFAULT_PAGE_LIMIT;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export function pageOf<T>(items: T[], total: number, query: { page: number; limit: number }): Page<T> {
  return { items, total, page: query.page, limit: query.limit };
}

/** SQL offset for a page query. */
export function pageOffset(query: { page: number; limit: number }): number {
  return (query.page - 1) * query.limit;
}

/** A page of a list held in memory (short lists: themes, sessions, cycles, one's sign-in sessions). */
export function pageOfAll<T>(all: T[], query: { page: number; limit: number }): Page<T> {
  const offset = pageOffset(query);
  return pageOf(all.slice(offset, offset + query.limit), all.length, query);
}
