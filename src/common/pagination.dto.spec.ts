import { DomainError } from './errors';
import { PageQueryDto } from './pagination.dto';
import { createValidationPipe } from './validation';

/** The global pipe on a list's query, as a route gets it. */
async function parse(query: Record<string, string>): Promise<PageQueryDto> {
  return (await createValidationPipe().transform(query, { type: 'query', metatype: PageQueryDto })) as PageQueryDto;
}

async function problems(query: Record<string, string>): Promise<string[]> {
  try {
    await parse(query);
    return [];
  } catch (error) {
    return error instanceof DomainError ? (error.errors ?? []) : [String(error)];
  }
}

describe('PageQueryDto', () => {
  it('defaults to page 1 of 20', async () => {
    expect(await parse({})).toMatchObject({ page: 1, limit: 20, offset: 0 });
  });

  it('reads page and limit from the query string', async () => {
    expect(await parse({ page: '3', limit: '50' })).toMatchObject({ page: 3, limit: 50, offset: 100 });
  });

  it('takes an empty or blank page or limit as not given (TimePay clients send `?page=`)', async () => {
    expect(await parse({ page: '', limit: '' })).toMatchObject({ page: 1, limit: 20, offset: 0 });
    expect(await parse({ page: '  ', limit: '5' })).toMatchObject({ page: 1, limit: 5 });
  });

  it.each([
    [{ page: '0' }, 'page must not be less than 1'],
    [{ page: 'abc' }, 'page must be an integer number'],
    [{ limit: '101' }, 'limit must not be greater than 100'],
    [{ page: '1', per_page: '10' }, 'property per_page should not exist'],
  ])('still refuses %j', async (query, message) => {
    expect(await problems(query)).toEqual([message]);
  });
});
