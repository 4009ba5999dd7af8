// The metric catalogue as the dashboard needs it: ids, Chinese names, units and how they roll up.
import { metrics, type Metric } from '#shared/catalogue/catalogue.ts';

export const catalogue = (): { metrics: readonly Metric[] } => ({ metrics });
