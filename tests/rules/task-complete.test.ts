import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/task-complete.js';
import type { Task } from '../../src/model/plan.js';
import { lines, plan, run, task } from './helpers.js';

describe('GP002 task-complete', () => {
  it('has an id, a slug and an error default', () => {
    expect([rule.id, rule.slug, rule.defaultSeverity]).toEqual(['GP002', 'task-complete', 'error']);
  });

  describe('valid', () => {
    it('a task with lead, deadline and output', () => {
      expect(run(rule, plan({ tasks: [task('I.1')] }))).toEqual([]);
    });
    it('a parent row whose sub-rows carry them (seed 004 II.2, IV.1)', () => {
      const tasks = [
        task('IV.1', { lead: [], deadline: null, output: '', priority: true }),
        task('IV.1.1', { at: { line: 101 } }),
        task('IV.1.2', { at: { line: 102 } }),
      ];
      expect(run(rule, plan({ tasks }))).toEqual([]);
    });
    it('a sub-row inherits what its parent row states', () => {
      const tasks = [task('II.2', { output: '' }), task('II.2.1', { lead: [], deadline: null })];
      expect(run(rule, plan({ tasks }))).toEqual([]);
    });
    it('a text deadline without a date ("Thường xuyên") by default', () => {
      expect(run(rule, plan({ tasks: [task('I.1', { deadline: { text: 'Thường xuyên', date: null } })] }))).toEqual([]);
    });
    it('only the configured fields', () => {
      expect(run(rule, plan({ tasks: [task('I.1', { output: '' })] }), { fields: ['lead', 'deadline'] })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('names the task and every missing field (seed 004 III.1.1)', () => {
      const tasks = [
        task('III.1', { lead: [], deadline: null, output: '', at: { line: 127, table: 1, row: 10 } }),
        task('III.1.1', {
          name: 'Xây dựng Đề án Xử lý chất thải chăn nuôi',
          lead: [],
          deadline: null,
          output: '',
          at: { line: 128, table: 1, row: 11 },
        }),
        task('III.1.2', { at: { line: 129 } }),
        task('III.1.3', { name: 'Tổ chức triển khai thực hiện Đề án', lead: [' '], at: { line: 130, table: 1, row: 13 } }),
      ];
      const found = run(rule, plan({ tasks }));
      expect(lines(found)).toEqual([
        '128: task III.1.1 "Xây dựng Đề án Xử lý chất thải chăn nuôi" has no lead unit (đơn vị chủ trì), deadline (thời gian hoàn thành) or output (kết quả/sản phẩm)',
        '130: task III.1.3 "Tổ chức triển khai thực hiện Đề án" has no lead unit (đơn vị chủ trì)',
      ]);
      expect(found[0]!.at).toEqual({ line: 128, table: 1, row: 11 });
    });
    it('a task without a parent and without an output', () => {
      expect(lines(run(rule, plan({ tasks: [task('1', { output: '', at: { line: 7 } })] })))).toEqual([
        '7: task 1 "Nhiệm vụ 1" has no output (kết quả/sản phẩm)',
      ]);
    });
    it('datedDeadline: a deadline with no date', () => {
      const tasks = [task('I.1', { deadline: { text: 'Theo lộ trình di dời được phê duyệt', date: null }, at: { line: 5 } })];
      expect(lines(run(rule, plan({ tasks }), { datedDeadline: true }))).toEqual([
        '5: task I.1 "Nhiệm vụ I.1" has no dated deadline (thời gian hoàn thành)',
      ]);
    });
  });

  describe('tasks written in the text', () => {
    const text = (id: string, over: Partial<Task> = {}): Task =>
      task(id, { source: 'text', output: null, group: 'II', groupTitle: 'NHIỆM VỤ, GIẢI PHÁP', at: { line: 133 }, ...over });
    it('valid: a lead and a deadline, no output', () => {
      expect(run(rule, plan({ tasks: [text('II.5')] }))).toEqual([]);
    });
    it('invalid: no deadline; the message says the task is in the text, under which section, on which line', () => {
      expect(lines(run(rule, plan({ tasks: [text('II.5', { name: 'Tập huấn nghiệp vụ', deadline: null })] })))).toEqual([
        '133: task II.5 "Tập huấn nghiệp vụ" (written in the text under II "NHIỆM VỤ, GIẢI PHÁP", line 133) has no deadline (thời gian hoàn thành)',
      ]);
    });
    it('invalid: a text task without a lead, when only the output is configured besides it', () => {
      expect(lines(run(rule, plan({ tasks: [text('II.5', { name: 'Tập huấn', lead: [] })] }), { fields: ['lead', 'output'] }))).toEqual([
        '133: task II.5 "Tập huấn" (written in the text under II "NHIỆM VỤ, GIẢI PHÁP", line 133) has no lead unit (đơn vị chủ trì)',
      ]);
    });
    it('a table row and a text task with the same id are judged apart', () => {
      const tasks = [
        task('II.1', { lead: [] }),
        text('II.1.1', { parent: 'II.1', at: { line: 140 } }),
        text('II.1', { at: { line: 135 } }),
      ];
      expect(lines(run(rule, plan({ tasks })))).toEqual(['100: task II.1 "Nhiệm vụ II.1" has no lead unit (đơn vị chủ trì)']);
    });
  });
});
