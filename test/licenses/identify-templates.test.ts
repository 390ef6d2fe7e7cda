import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../support/corpus';
import { identifyLicense, identifyLicenses } from '../../src/licenses/index';
import { importText, readCorpusText, replaceOnce } from './support';

/**
 * Standard licences as projects actually ship them: their own copyright holder and year, the template filled in,
 * a title added or left out, the optional appendix dropped. None of that changes the licence.
 */
describe.runIf(corpusAvailable)('standard licences with their template filled in', () => {
  it('MIT with another holder, a year range and the "The MIT License (MIT)" title is exact, title included', async () => {
    let text = readCorpusText('mit-license-stability-ai-2024.txt');
    text = replaceOnce(text, 'MIT License', 'The MIT License (MIT)');
    text = replaceOnce(text, 'Copyright (c) 2024 Stability AI', 'Copyright (c) 2016-2023 Jane Doe <jane@example.com>');
    const model = await importText(text, 'LICENSE');
    expect(identifyLicense(model)).toMatchObject({ id: 'MIT', match: 'exact', start: 0, end: model.text.length });
  });

  it('BSD-3-Clause with a holder named in the non-endorsement clause is exact', async () => {
    let text = readCorpusText('bsd-3-clause.txt');
    text = replaceOnce(text, 'Copyright (c) The gemma.cpp Project Authors. All rights reserved.', 'Copyright (c) 2021, Example Corp\nAll rights reserved.');
    text = replaceOnce(text, 'the copyright holder nor', 'Example Corp. nor');
    const match = identifyLicense(await importText(`BSD 3-Clause License\n\n${text}`, 'LICENSE.txt'));
    expect(match).toMatchObject({ id: 'BSD-3-Clause', match: 'exact' });
  });

  it('a BSD text that names a holder at length beyond a template phrase is modified', async () => {
    const text = replaceOnce(readCorpusText('bsd-3-clause.txt'), 'the copyright holder nor', 'the copyright holder or any of its subsidiaries, affiliates, partners, officers, employees or agents, nor');
    expect(identifyLicense(await importText(text, 'LICENSE.txt'))).toMatchObject({ id: 'BSD-3-Clause', match: 'modified' });
  });

  it('Apache-2.0 without its "How to apply" appendix, or with the appendix filled in, is exact', async () => {
    const apache = readCorpusText('apache-2.0.txt');
    const withoutAppendix = apache.slice(0, apache.indexOf('APPENDIX: How to apply'));
    const filledIn = replaceOnce(apache, 'Copyright [yyyy] [name of copyright owner]', 'Copyright 2024 Google LLC');
    expect(identifyLicense(await importText(withoutAppendix, 'LICENSE'))).toMatchObject({ id: 'Apache-2.0', match: 'exact' });
    expect(identifyLicense(await importText(filledIn, 'LICENSE'))).toMatchObject({ id: 'Apache-2.0', match: 'exact' });
  });

  it('GPL-3.0 without "How to Apply These Terms to Your New Programs" is exact', async () => {
    const gpl = readCorpusText('llama-1-repo-license-gpl-3.0.txt');
    const match = identifyLicense(await importText(gpl.slice(0, gpl.indexOf('How to Apply These Terms')), 'COPYING'));
    expect(match).toMatchObject({ id: 'GPL-3.0', match: 'exact' });
  });

  it('a source-file notice that points to Apache-2.0 is not a copy of Apache-2.0', async () => {
    const notice = 'Copyright 2024 Google LLC\n\nLicensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.\nYou may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0';
    expect(identifyLicenses(await importText(notice, 'header.txt'))).toEqual([]);
  });
});
