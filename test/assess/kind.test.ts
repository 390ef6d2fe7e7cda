import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/assess/kind';
import { detectClauses } from '../../src/clauses';
import { modelOf } from '../clauses/snippet';

async function kindOf(text: string) {
  const model = await modelOf(text);
  return classifyDocument(model, detectClauses(model)).kind;
}

describe('classifyDocument: open software licences and model licences', () => {
  it('calls an unnamed licence that lets anyone give the program away in source and executable form open source', async () => {
    const kind = await kindOf(
      [
        '# The Quokka Licence',
        'You may make and give away verbatim copies of the source code of the Program, provided that you keep its copyright notices.',
        'You may distribute the Program in object code or executable form, provided that you also offer its source code.',
        'A program that calls the Program through numerical parameters and data structure layouts only is not a work based on it.',
      ].join('\n\n'),
    );
    expect(kind).toBe('open-source-license');
  });

  it('does not take an interface’s "numerical parameters" for model material in a GNU licence', async () => {
    const kind = await kindOf(
      [
        '# GNU Library General Public License',
        'You may copy and distribute verbatim copies of the Library, and you may modify your copy of it.',
        'If an object file uses only numerical parameters, data structure layouts and accessors, its use is unrestricted.',
      ].join('\n\n'),
    );
    expect(kind).toBe('open-source-license');
  });

  it('still calls a licence over a model’s parameters a model licence', async () => {
    const kind = await kindOf(
      [
        '# Heron Model Licence',
        '“Model” means the model parameters released by Heron Labs.',
        'Heron Labs grants you a worldwide licence to use, reproduce, modify and distribute the Model.',
      ].join('\n\n'),
    );
    expect(kind).toBe('model-license');
  });

  it('does not call a closed software licence open source because it mentions source and object code', async () => {
    const kind = await kindOf(
      [
        '# Bittern Evaluation Licence',
        'Bittern grants you a personal, non-transferable licence to use the source code and object code of the Software for internal evaluation.',
        'You may not distribute the Software.',
      ].join('\n\n'),
    );
    expect(kind).not.toBe('open-source-license');
  });
});
