import { registerDecorator, type ValidationArguments } from 'class-validator';
import { TEXT_LANGUAGES } from '#contracts';


/** `{ zh: "…", en: "…" }`: keys are UN language codes, values non-empty strings of bounded length. */
export function IsLanguageMap(options: { maxLength: number; required: boolean }) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isLanguageMap',
      target: object.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
          const entries = Object.entries(value as Record<string, unknown>);
          if (options.required && entries.length === 0) return false;
          return entries.every(
            ([k, v]) => (TEXT_LANGUAGES as readonly string[]).includes(k) && typeof v === 'string' && v.trim().length > 0 && v.length <= options.maxLength,
          );
        },
        defaultMessage(args: ValidationArguments) {
          return `${args.property} must map UN language codes (${TEXT_LANGUAGES.join(', ')}) to non-empty texts of at most ${options.maxLength} characters`;
        },
      },
    });
}

/** `{ zh: ["器官"], en: ["organ"] }`: up to 50 keywords of up to 100 characters per language. */
export function IsKeywordMap() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isKeywordMap',
      target: object.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
          return Object.entries(value as Record<string, unknown>).every(
            ([k, v]) =>
              (TEXT_LANGUAGES as readonly string[]).includes(k) &&
              Array.isArray(v) &&
              v.length <= 50 &&
              v.every((w) => typeof w === 'string' && w.trim().length > 0 && w.length <= 100),
          );
        },
        defaultMessage(args: ValidationArguments) {
          return `${args.property} must map UN language codes to arrays of at most 50 non-empty keywords`;
        },
      },
    });
}
