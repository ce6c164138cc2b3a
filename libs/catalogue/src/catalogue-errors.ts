import { CATALOGUE_ERRORS } from '#contracts';
import { defineErrors } from '#common';

export const CatalogueError = defineErrors('CatalogueError', CATALOGUE_ERRORS);
