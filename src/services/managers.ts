import type { Clock } from '../domain/clock';
import { z } from 'zod';
import { setting, SettingsRepository } from '../store/settings';
import type { TeamMemberRepository } from '../store/members';

/** The managers set with `/admin`, by department. */
const MANAGERS = setting('department_managers', z.record(z.array(z.string())));

/** A person as /admin shows them: Entra object id and name (null when the bot has never seen them). */
export interface NamedPerson {
  id: string;
  name: string | null;
}

/**
 * The department → managers routing, in one place: managers set with `/admin` win over
 * `DEPARTMENT_MANAGERS` from the configuration, department by department.
 */
export class DepartmentManagers {
  constructor(private readonly deps: { settings: SettingsRepository; configured: Record<string, string[]>; clock: Clock; members: TeamMemberRepository }) {}

  /** Every department's managers. */
  async all(): Promise<Record<string, string[]>> {
    const stored = (await this.deps.settings.read(MANAGERS)) ?? {};
    return { ...this.deps.configured, ...stored };
  }

  /** Every department's managers with their names, for /admin. */
  async named(): Promise<Record<string, NamedPerson[]>> {
    const all = await this.all();
    const names = await this.deps.members.names([...new Set(Object.values(all).flat())]);
    return Object.fromEntries(Object.entries(all).map(([d, ids]) => [d, ids.map((id) => ({ id, name: names.get(id) ?? null }))]));
  }

  /** The people a superadmin can pick as managers: everyone in the roster of a team the bot is in, by name. */
  async candidates(): Promise<NamedPerson[]> {
    return (await this.deps.members.everyone()).map((m) => ({ id: m.aadObjectId, name: m.name }));
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
