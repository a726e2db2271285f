export interface Pagination {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
  /** `page < totalPages`: TimePay clients follow pages while it is true. */
  hasNext: boolean;
  /** `page > 1`. */
  hasPrev: boolean;
}

export interface SuccessEnvelope<T> {
  success: true;
  message?: string;
  data?: T;
  pagination?: Pagination;
}

export function ok<T>(data: T, message?: string): SuccessEnvelope<T> {
  return message === undefined ? { success: true, data } : { success: true, message, data };
}

export function pagination(p: { page: number; limit: number }, total: number): Pagination {
  const totalPages = Math.ceil(total / p.limit);
  return { page: p.page, limit: p.limit, total, totalPages, hasNext: p.page < totalPages, hasPrev: p.page > 1 };
}

export function page<T>(data: T[], p: { page: number; limit: number }, total: number): SuccessEnvelope<T[]> {
  return { success: true, data, pagination: pagination(p, total) };
}
