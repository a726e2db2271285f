import { page, pagination } from './envelope';

describe('pagination', () => {
  it.each([
    ['the only page', { page: 1, limit: 20 }, 3, { totalPages: 1, hasNext: false, hasPrev: false }],
    ['the first of several', { page: 1, limit: 2 }, 5, { totalPages: 3, hasNext: true, hasPrev: false }],
    ['a middle page', { page: 2, limit: 2 }, 5, { totalPages: 3, hasNext: true, hasPrev: true }],
    ['the last, partly filled', { page: 3, limit: 2 }, 5, { totalPages: 3, hasNext: false, hasPrev: true }],
    ['the last, exactly filled', { page: 2, limit: 2 }, 4, { totalPages: 2, hasNext: false, hasPrev: true }],
    ['an empty list', { page: 1, limit: 20 }, 0, { totalPages: 0, hasNext: false, hasPrev: false }],
    ['a page past the end', { page: 7, limit: 2 }, 5, { totalPages: 3, hasNext: false, hasPrev: true }],
    [
      'a page past the end of an empty list',
      { page: 2, limit: 20 },
      0,
      { totalPages: 0, hasNext: false, hasPrev: true },
    ],
  ])('%s', (_label, p, total, expected) => {
    expect(pagination(p, total)).toEqual({ page: p.page, limit: p.limit, total, ...expected });
  });

  it('is what page() answers beside the data', () => {
    expect(page(['a', 'b'], { page: 1, limit: 2 }, 3)).toEqual({
      success: true,
      data: ['a', 'b'],
      pagination: { page: 1, limit: 2, total: 3, totalPages: 2, hasNext: true, hasPrev: false },
    });
  });
});
