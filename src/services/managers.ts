import type { Clock } from '../domain/clock';
import { z } from 'zod';
import { setting, SettingsRepository } from '../store/settings';

/** The managers set with `/admin`, by department. */
const MANAGERS = setting('department_managers', z.record(z.array(z.string())));

/**
 * The department → managers routing, in one place: managers set with `/admin` win over
 * `DEPARTMENT_MANAGERS` from the configuration, department by department.
 */
export class DepartmentManagers {
  constructor(private readonly deps: { settings: SettingsRepository; configured: Record<string, string[]>; clock: Clock }) {}

  /** Every department's managers. */
  async all(): Promise<Record<string, string[]>> {
    const stored = (await this.deps.settings.read(MANAGERS)) ?? {};
    return { ...this.deps.configured, ...stored };
  }

  /** One department's managers; nobody for a post without a department. */
  async of(department: string | null): Promise<string[]> {
    if (!department) return [];
    return (await this.all())[department] ?? [];
  }

  /** Sets one department's managers (from `/admin`). */
  async set(department: string, ids: string[]): Promise<void> {
    const stored = (await this.deps.settings.read(MANAGERS)) ?? {};
    stored[department] = ids;
    await this.deps.settings.write(MANAGERS, stored, this.deps.clock.now());
  }
}
