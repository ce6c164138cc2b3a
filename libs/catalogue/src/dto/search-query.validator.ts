import { registerDecorator, type ValidationArguments } from 'class-validator';
import { parseSearchQuery } from '../search-query.js';

/** `q` in the catalogue's search syntax (see search-query.ts): a 400 saying what is wrong, never a failing query. */
export function IsSearchQuery() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isSearchQuery',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseSearchQuery(value).ok,
        defaultMessage(args: ValidationArguments) {
          const parsed = typeof args.value === 'string' ? parseSearchQuery(args.value) : undefined;
          return parsed && !parsed.ok ? parsed.message : `${args.property} must be a string`;
        },
      },
    });
}
