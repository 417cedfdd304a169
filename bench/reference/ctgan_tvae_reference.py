#!/usr/bin/env python3
"""Timing reference: the `ctgan` package's CTGAN and TVAE training loops, re-implemented.

Why it exists: SynthReg compares its epoch times with SDV 1.38's CTGANSynthesizer and
TVAESynthesizer, which run the `ctgan` package (0.10/0.11) underneath. SDV, ctgan and rdt
cannot be installed where the benchmarks run (no network, no package index). This file
rebuilds what ctgan 0.11's CTGAN.fit / TVAE.fit / sample() do for every step, using only
PyTorch, numpy, pandas and scikit-learn. It keeps the same networks, losses and optimiser
settings. It also keeps the same per-step Python and numpy work: conditional-vector sampling,
the per-row Python loop in DataSampler.sample_data, a numpy->torch copy of every batch, the
DataLoader over a TensorDataset, the gumbel-softmax NaN checks, and the per-epoch loss
bookkeeping in pandas. Timing it measures what an SDV user pays per epoch. Modelled on ctgan
0.11 (the sources as of the 0.10/0.11 releases: CTGAN with the `mps` option and
zero_grad(set_to_none=False), TVAE recording every batch's loss) and rdt's
ClusterBasedNormalizer / OneHotEncoder.

TIMING REFERENCE ONLY. It was written from reading the ctgan/rdt sources and is not tested
for statistical equivalence. It has no inverse transform. Simplifications, all outside the
timed loops: a missing numeric value becomes the column mean (rdt's default 'mean'
replacement; ctgan drops rdt's is_null column anyway), and a missing category becomes a level
of its own. The transform runs column after column, whereas ctgan spreads the columns over
joblib workers when there are more than 500 rows.

Runs under Debian 12's own PyTorch (`apt-get install python3-torch python3-sklearn
python3-pandas`, then /usr/bin/python3): that package links the very libtorch_cpu.so.1.13 and
OpenBLAS that SynthReg's build uses, so a CPU comparison on one machine differs only in what
each side does per step. It also runs under PyTorch 2.x (the GPU machine's, for --device cuda).

usage: ctgan_tvae_reference.py DATA.csv --model ctgan|tvae [--epochs N] [--batch 500]
       [--device cpu|cuda] [--threads T] [--sample N] [--csv-rows N] [--max-levels 20]
       [--data-only]   (transformer + CTGAN's per-epoch numpy work only; runs without torch)
"""

import argparse
import resource
import statistics
import sys
import time
import warnings
from collections import namedtuple

import numpy as np
import pandas as pd
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import BayesianGaussianMixture

try:  # torch is needed for training only; the data side (and --data-only) runs without it
    import torch
    import torch.utils.data
    from torch import nn
    from torch.nn import functional
except ImportError:
    torch = nn = functional = None

Module = nn.Module if nn is not None else object
SpanInfo = namedtuple('SpanInfo', ['dim', 'activation_fn'])
MISSING_LEVEL = '<missing>'


# ---------------------------------------------------------------- data side (numpy only)
class DataTransformer:
    """ctgan's DataTransformer. Continuous columns go through rdt's ClusterBasedNormalizer (a
    Bayesian GMM; each row gets a mode and a scalar normalised within that mode). Discrete
    columns go through rdt's OneHotEncoder."""

    def __init__(self, max_clusters=10, weight_threshold=0.005):
        self.max_clusters = max_clusters
        self.weight_threshold = weight_threshold

    def fit(self, df, discrete_columns):
        self.columns, self.output_info_list, self.output_dimensions = [], [], 0
        for name in df.columns:
            if name in discrete_columns:
                levels = pd.Index(pd.unique(_levels(df[name])), dtype=object)
                info, state = [SpanInfo(len(levels), 'softmax')], levels
            else:
                mean = df[name].astype(float).mean()
                x = df[name].astype(float).fillna(mean).to_numpy().reshape(-1, 1)
                gm = BayesianGaussianMixture(
                    n_components=min(len(x), self.max_clusters),
                    weight_concentration_prior_type='dirichlet_process',
                    weight_concentration_prior=0.001, n_init=1)
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore', ConvergenceWarning)
                    gm.fit(x)
                valid = gm.weights_ > self.weight_threshold
                info, state = [SpanInfo(1, 'tanh'), SpanInfo(int(valid.sum()), 'softmax')], (gm, valid, mean)
            self.columns.append((name, state))
            self.output_info_list.append(info)
            self.output_dimensions += sum(span.dim for span in info)

    def transform(self, df):
        blocks = []
        for name, state in self.columns:
            if isinstance(state, pd.Index):
                codes = state.get_indexer(_levels(df[name]))
                block = np.zeros((len(df), len(state)))
                block[np.arange(len(df)), codes] = 1.0
            else:
                block = self._transform_continuous(df[name], *state)
            blocks.append(block)
        return np.concatenate(blocks, axis=1).astype(float)

    @staticmethod
    def _transform_continuous(series, gm, valid, mean):
        x = series.astype(float).fillna(mean).to_numpy().reshape(-1, 1)
        means = gm.means_.reshape(1, -1)[:, valid]
        stds = np.sqrt(gm.covariances_).reshape(1, -1)[:, valid]
        normalized = (x - means) / (4 * stds)  # rdt's STD_MULTIPLIER = 4
        probs = gm.predict_proba(x)[:, valid]
        n_modes = int(valid.sum())
        selected = np.zeros(len(x), dtype=int)
        for i in range(len(x)):  # rdt draws each row's mode in a Python loop
            p = probs[i] + 1e-6
            selected[i] = np.random.choice(np.arange(n_modes), p=p / p.sum())
        rows = np.arange(len(x))
        block = np.zeros((len(x), 1 + n_modes))
        block[:, 0] = np.clip(normalized[rows, selected], -0.99, 0.99)
        block[rows, selected + 1] = 1.0
        return block


def _levels(series):
    """Category values with NaN as a level of its own (rdt's OneHotEncoder gives NaN a dummy)."""
    return series.astype(object).where(series.notna(), MISSING_LEVEL)


class DataSampler:
    """ctgan's DataSampler: conditional vectors (log-frequency) and rows matching them."""

    def __init__(self, data, output_info, log_frequency=True):
        def is_discrete(info):
            return len(info) == 1 and info[0].activation_fn == 'softmax'

        self._rid_by_cat_cols, probs, cond_st, st = [], [], [], 0
        for info in output_info:
            width = sum(span.dim for span in info)
            if is_discrete(info):
                self._rid_by_cat_cols.append([np.nonzero(data[:, st + j])[0] for j in range(width)])
                freq = np.sum(data[:, st:st + width], axis=0)
                if log_frequency:
                    freq = np.log(freq + 1)
                probs.append(freq / np.sum(freq))
            st += width
        assert st == data.shape[1]
        self._n_discrete_columns = len(probs)
        self._n_categories = sum(len(p) for p in probs)
        max_category = max((len(p) for p in probs), default=0)
        self._category_prob = np.zeros((self._n_discrete_columns, max_category))
        self._cond_st = np.zeros(self._n_discrete_columns, dtype='int32')
        offset = 0
        for k, p in enumerate(probs):
            self._category_prob[k, :len(p)] = p
            self._cond_st[k] = offset
            offset += len(p)

    def dim_cond_vec(self):
        return self._n_categories

    def sample_condvec(self, batch):
        if self._n_discrete_columns == 0:
            return None
        column_id = np.random.choice(np.arange(self._n_discrete_columns), batch)
        cond = np.zeros((batch, self._n_categories), dtype='float32')
        mask = np.zeros((batch, self._n_discrete_columns), dtype='float32')
        mask[np.arange(batch), column_id] = 1
        r = np.expand_dims(np.random.rand(batch), axis=1)
        category_in_col = (self._category_prob[column_id].cumsum(axis=1) > r).argmax(axis=1)
        cond[np.arange(batch), self._cond_st[column_id] + category_in_col] = 1
        return cond, mask, column_id, category_in_col

    def sample_original_condvec(self, batch):
        if self._n_discrete_columns == 0:
            return None
        freq = self._category_prob.flatten()
        freq = freq[freq != 0]
        picks = np.random.choice(np.arange(len(freq)), batch, p=freq / np.sum(freq))
        cond = np.zeros((batch, self._n_categories), dtype='float32')
        cond[np.arange(batch), picks] = 1
        return cond

    def sample_data(self, data, n, col, opt):
        if col is None:
            return data[np.random.randint(len(data), size=n)]
        idx = []
        for c, o in zip(col, opt):  # the reference's per-row Python loop, kept on purpose
            idx.append(np.random.choice(self._rid_by_cat_cols[c][o]))
        return data[idx]


# ---------------------------------------------------------------- CTGAN
class Residual(Module):
    def __init__(self, i, o):
        super().__init__()
        self.fc, self.bn, self.relu = nn.Linear(i, o), nn.BatchNorm1d(o), nn.ReLU()

    def forward(self, x):
        return torch.cat([self.relu(self.bn(self.fc(x))), x], dim=1)


class Generator(Module):
    def __init__(self, embedding_dim, generator_dim, data_dim):
        super().__init__()
        dim, seq = embedding_dim, []
        for item in generator_dim:
            seq.append(Residual(dim, item))
            dim += item
        seq.append(nn.Linear(dim, data_dim))
        self.seq = nn.Sequential(*seq)

    def forward(self, x):
        return self.seq(x)


class Discriminator(Module):
    def __init__(self, input_dim, discriminator_dim, pac=10):
        super().__init__()
        dim = input_dim * pac
        self.pac, self.pacdim, seq = pac, dim, []
        for item in discriminator_dim:
            seq += [nn.Linear(dim, item), nn.LeakyReLU(0.2), nn.Dropout(0.5)]
            dim = item
        seq.append(nn.Linear(dim, 1))
        self.seq = nn.Sequential(*seq)

    def calc_gradient_penalty(self, real, fake, device, pac=10, lambda_=10):
        alpha = torch.rand(real.size(0) // pac, 1, 1, device=device)
        alpha = alpha.repeat(1, pac, real.size(1)).view(-1, real.size(1))
        interpolates = alpha * real + (1 - alpha) * fake
        disc = self(interpolates)
        gradients = torch.autograd.grad(
            outputs=disc, inputs=interpolates, grad_outputs=torch.ones(disc.size(), device=device),
            create_graph=True, retain_graph=True, only_inputs=True)[0]
        norms = gradients.view(-1, pac * real.size(1)).norm(2, dim=1) - 1
        return (norms ** 2).mean() * lambda_

    def forward(self, x):
        assert x.size()[0] % self.pac == 0
        return self.seq(x.view(-1, self.pacdim))


def gumbel_softmax(logits, tau):
    for _ in range(10):  # ctgan retries on NaN; the check is a device sync on CUDA
        out = functional.gumbel_softmax(logits, tau=tau, hard=False, eps=1e-10, dim=-1)
        if not torch.isnan(out).any():
            return out
    raise ValueError('gumbel_softmax returning NaN.')


def apply_activate(data, output_info):
    parts, st = [], 0
    for info in output_info:
        for span in info:
            ed = st + span.dim
            block = data[:, st:ed]
            parts.append(torch.tanh(block) if span.activation_fn == 'tanh' else gumbel_softmax(block, 0.2))
            st = ed
    return torch.cat(parts, dim=1)


def cond_loss(data, c, m, output_info):
    losses, st, st_c = [], 0, 0
    for info in output_info:
        for span in info:
            if len(info) != 1 or span.activation_fn != 'softmax':
                st += span.dim
                continue
            ed, ed_c = st + span.dim, st_c + span.dim
            losses.append(functional.cross_entropy(
                data[:, st:ed], torch.argmax(c[:, st_c:ed_c], dim=1), reduction='none'))
            st, st_c = ed, ed_c
    return (torch.stack(losses, dim=1) * m).sum() / data.size()[0]


def train_ctgan(train_data, transformer, sampler, epochs, batch_size, device, report,
                embedding_dim=128, dims=(256, 256), pac=10, discriminator_steps=1):
    assert batch_size % 2 == 0 and batch_size % pac == 0
    output_info, data_dim = transformer.output_info_list, transformer.output_dimensions
    cond_dim = sampler.dim_cond_vec()
    generator = Generator(embedding_dim + cond_dim, dims, data_dim).to(device)
    discriminator = Discriminator(data_dim + cond_dim, dims, pac=pac).to(device)
    opt_g = torch.optim.Adam(generator.parameters(), lr=2e-4, betas=(0.5, 0.9), weight_decay=1e-6)
    opt_d = torch.optim.Adam(discriminator.parameters(), lr=2e-4, betas=(0.5, 0.9), weight_decay=1e-6)
    mean = torch.zeros(batch_size, embedding_dim, device=device)
    std = mean + 1
    loss_values = pd.DataFrame(columns=['Epoch', 'Generator Loss', 'Distriminator Loss'])
    steps_per_epoch = max(len(train_data) // batch_size, 1)
    for epoch in range(epochs):
        start = time.perf_counter()
        for _ in range(steps_per_epoch):
            for _ in range(discriminator_steps):
                fakez = torch.normal(mean=mean, std=std)
                condvec = sampler.sample_condvec(batch_size)
                if condvec is None:
                    c1 = m1 = None
                    real = sampler.sample_data(train_data, batch_size, None, None)
                else:
                    c1, m1, col, opt = condvec
                    c1, m1 = torch.from_numpy(c1).to(device), torch.from_numpy(m1).to(device)
                    fakez = torch.cat([fakez, c1], dim=1)
                    perm = np.arange(batch_size)
                    np.random.shuffle(perm)
                    real = sampler.sample_data(train_data, batch_size, col[perm], opt[perm])
                    c2 = c1[perm]
                fakeact = apply_activate(generator(fakez), output_info)  # not detached, as ctgan
                real = torch.from_numpy(real.astype('float32')).to(device)
                fake_cat = fakeact if c1 is None else torch.cat([fakeact, c1], dim=1)
                real_cat = real if c1 is None else torch.cat([real, c2], dim=1)
                y_fake, y_real = discriminator(fake_cat), discriminator(real_cat)
                pen = discriminator.calc_gradient_penalty(real_cat, fake_cat, device, pac)
                loss_d = -(torch.mean(y_real) - torch.mean(y_fake))
                opt_d.zero_grad(set_to_none=False)
                pen.backward(retain_graph=True)
                loss_d.backward()
                opt_d.step()

            fakez = torch.normal(mean=mean, std=std)
            condvec = sampler.sample_condvec(batch_size)
            if condvec is None:
                c1 = m1 = None
            else:
                c1, m1, col, opt = condvec
                c1, m1 = torch.from_numpy(c1).to(device), torch.from_numpy(m1).to(device)
                fakez = torch.cat([fakez, c1], dim=1)
            fake = generator(fakez)
            fakeact = apply_activate(fake, output_info)
            y_fake = discriminator(fakeact if c1 is None else torch.cat([fakeact, c1], dim=1))
            cross_entropy = 0 if condvec is None else cond_loss(fake, c1, m1, output_info)
            loss_g = -torch.mean(y_fake) + cross_entropy
            opt_g.zero_grad(set_to_none=False)
            loss_g.backward()
            opt_g.step()

        epoch_df = pd.DataFrame({'Epoch': [epoch], 'Generator Loss': [loss_g.detach().cpu().item()],
                                 'Discriminator Loss': [loss_d.detach().cpu().item()]})
        loss_values = epoch_df if loss_values.empty else pd.concat([loss_values, epoch_df]).reset_index(drop=True)
        report(epoch, time.perf_counter() - start)
    return generator


def sample_ctgan(generator, sampler, output_info, n, batch_size, device, embedding_dim=128):
    """CTGAN.sample() up to the inverse transform (generator left in train mode, as ctgan)."""
    data = []
    for _ in range(n // batch_size + 1):
        mean = torch.zeros(batch_size, embedding_dim)
        fakez = torch.normal(mean=mean, std=mean + 1).to(device)
        condvec = sampler.sample_original_condvec(batch_size)
        if condvec is not None:
            fakez = torch.cat([fakez, torch.from_numpy(condvec).to(device)], dim=1)
        data.append(apply_activate(generator(fakez), output_info).detach().cpu().numpy())
    return np.concatenate(data, axis=0)[:n]


# ---------------------------------------------------------------- TVAE
class Encoder(Module):
    def __init__(self, data_dim, compress_dims, embedding_dim):
        super().__init__()
        dim, seq = data_dim, []
        for item in compress_dims:
            seq += [nn.Linear(dim, item), nn.ReLU()]
            dim = item
        self.seq, self.fc1, self.fc2 = nn.Sequential(*seq), nn.Linear(dim, embedding_dim), nn.Linear(dim, embedding_dim)

    def forward(self, x):
        feature = self.seq(x)
        mu, logvar = self.fc1(feature), self.fc2(feature)
        return mu, torch.exp(0.5 * logvar), logvar


class Decoder(Module):
    def __init__(self, embedding_dim, decompress_dims, data_dim):
        super().__init__()
        dim, seq = embedding_dim, []
        for item in decompress_dims:
            seq += [nn.Linear(dim, item), nn.ReLU()]
            dim = item
        seq.append(nn.Linear(dim, data_dim))
        self.seq = nn.Sequential(*seq)
        self.sigma = nn.Parameter(torch.ones(data_dim) * 0.1)

    def forward(self, x):
        return self.seq(x), self.sigma


def tvae_loss(recon_x, x, sigmas, mu, logvar, output_info, factor):
    st, loss = 0, []
    for info in output_info:
        for span in info:
            ed = st + span.dim
            if span.activation_fn != 'softmax':
                std = sigmas[st]
                eq = x[:, st] - torch.tanh(recon_x[:, st])
                loss.append((eq ** 2 / 2 / (std ** 2)).sum())
                loss.append(torch.log(std) * x.size()[0])
            else:
                loss.append(functional.cross_entropy(
                    recon_x[:, st:ed], torch.argmax(x[:, st:ed], dim=-1), reduction='sum'))
            st = ed
    assert st == recon_x.size()[1]
    kld = -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp())
    return sum(loss) * factor / x.size()[0], kld / x.size()[0]


def train_tvae(train_data, transformer, epochs, batch_size, device, report,
               embedding_dim=128, dims=(128, 128), l2scale=1e-5, loss_factor=2):
    dataset = torch.utils.data.TensorDataset(torch.from_numpy(train_data.astype('float32')).to(device))
    loader = torch.utils.data.DataLoader(dataset, batch_size=batch_size, shuffle=True, drop_last=False)
    data_dim = transformer.output_dimensions
    encoder = Encoder(data_dim, dims, embedding_dim).to(device)
    decoder = Decoder(embedding_dim, dims, data_dim).to(device)
    optimizer = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), weight_decay=l2scale)
    loss_values = pd.DataFrame(columns=['Epoch', 'Batch', 'Loss'])
    for epoch in range(epochs):
        start = time.perf_counter()
        batch_ids, batch_losses = [], []
        for id_, data in enumerate(loader):
            optimizer.zero_grad()
            real = data[0].to(device)
            mu, std, logvar = encoder(real)
            emb = torch.randn_like(std) * std + mu
            rec, sigmas = decoder(emb)
            loss_1, loss_2 = tvae_loss(rec, real, sigmas, mu, logvar, transformer.output_info_list, loss_factor)
            loss = loss_1 + loss_2
            loss.backward()
            optimizer.step()
            decoder.sigma.data.clamp_(0.01, 1.0)
            batch_ids.append(id_)
            batch_losses.append(loss.detach().cpu().item())  # per-batch sync, as ctgan
        epoch_df = pd.DataFrame({'Epoch': [epoch] * len(batch_ids), 'Batch': batch_ids, 'Loss': batch_losses})
        loss_values = epoch_df if loss_values.empty else pd.concat([loss_values, epoch_df]).reset_index(drop=True)
        report(epoch, time.perf_counter() - start)
    return decoder


def sample_tvae(decoder, n, batch_size, device, embedding_dim=128):
    """TVAE.sample() up to the inverse transform."""
    decoder.eval()
    data = []
    for _ in range(n // batch_size + 1):
        mean = torch.zeros(batch_size, embedding_dim)
        noise = torch.normal(mean=mean, std=mean + 1).to(device)
        fake, sigmas = decoder(noise)
        data.append(torch.tanh(fake).detach().cpu().numpy())
    sigmas.detach().cpu().numpy()  # passed on to inverse_transform by the reference
    return np.concatenate(data, axis=0)[:n]


# ---------------------------------------------------------------- driver
def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('csv')
    parser.add_argument('--model', choices=['ctgan', 'tvae'], default='ctgan')
    parser.add_argument('--epochs', type=int, default=5)
    parser.add_argument('--batch', type=int, default=500)
    parser.add_argument('--device', default='cpu')
    parser.add_argument('--threads', type=int, default=0)
    parser.add_argument('--sample', type=int, default=200000)
    parser.add_argument('--csv-rows', type=int, default=0, help='random subsample of this many rows')
    parser.add_argument('--max-levels', type=int, default=20,
                        help='a numeric column with more distinct values than this is continuous')
    parser.add_argument('--data-only', action='store_true',
                        help="transformer and one epoch of CTGAN's numpy work only (no torch needed)")
    args = parser.parse_args()

    np.random.seed(0)
    if torch is not None:
        torch.manual_seed(0)
        if args.threads > 0:
            torch.set_num_threads(args.threads)

    df = pd.read_csv(args.csv, na_values=['?'], skipinitialspace=True)
    if 0 < args.csv_rows < len(df):
        df = df.sample(n=args.csv_rows, random_state=0).reset_index(drop=True)
    discrete = [c for c in df.columns
                if not (pd.api.types.is_numeric_dtype(df[c]) and df[c].nunique() > args.max_levels)]
    print(f'data: {len(df)} rows x {df.shape[1]} columns; continuous: '
          f'{[c for c in df.columns if c not in discrete]}')

    transformer = DataTransformer()
    start = time.perf_counter()
    transformer.fit(df, discrete)
    fit_s = time.perf_counter() - start
    start = time.perf_counter()
    train_data = transformer.transform(df)
    transform_s = time.perf_counter() - start
    print(f'encoded width {transformer.output_dimensions} ({sum(len(i) for i in transformer.output_info_list)} spans)')
    print(f'transformer fit {fit_s:.2f} s, transform {transform_s:.2f} s (not part of the epoch times)')

    if args.data_only or torch is None:
        if not args.data_only:
            print('torch is not installed: running --data-only', file=sys.stderr)
        sampler = DataSampler(train_data, transformer.output_info_list)
        steps = max(len(train_data) // args.batch, 1)
        start = time.perf_counter()
        for _ in range(steps):  # the numpy part of one CTGAN epoch (two condvecs + one batch per step)
            cond, mask, col, opt = sampler.sample_condvec(args.batch)
            perm = np.arange(args.batch)
            np.random.shuffle(perm)
            sampler.sample_data(train_data, args.batch, col[perm], opt[perm]).astype('float32')
            sampler.sample_condvec(args.batch)
        print(f'cond width {sampler.dim_cond_vec()}; CTGAN numpy work per epoch ({steps} steps): '
              f'{time.perf_counter() - start:.3f} s')
        print(f'peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB')
        print(f'numpy {np.__version__}, pandas {pd.__version__}')
        return 0 if args.data_only else 2

    device = torch.device(args.device)
    if device.type == 'cuda' and not torch.cuda.is_available():
        print('CUDA is not available', file=sys.stderr)
        return 2
    epoch_seconds = []

    def report(epoch, seconds):
        epoch_seconds.append(seconds)
        print(f'epoch {epoch + 1}/{args.epochs}  {seconds:.3f} s  {len(train_data) / seconds:.0f} rows/s', flush=True)

    start = time.perf_counter()
    if args.model == 'ctgan':
        sampler = DataSampler(train_data, transformer.output_info_list)
        print(f'cond width {sampler.dim_cond_vec()}; steps/epoch {max(len(train_data) // args.batch, 1)}')
        generator = train_ctgan(train_data, transformer, sampler, args.epochs, args.batch, device, report)
        sample = lambda: sample_ctgan(generator, sampler, transformer.output_info_list, args.sample, args.batch, device)
    else:
        decoder = train_tvae(train_data, transformer, args.epochs, args.batch, device, report)
        sample = lambda: sample_tvae(decoder, args.sample, args.batch, device)
    fit_total = time.perf_counter() - start
    steady = epoch_seconds[1:] or epoch_seconds
    median_epoch = statistics.median(steady)
    print(f'{args.model} reference on {device}: fit {fit_total:.2f} s; median epoch (excluding the first) '
          f'{median_epoch:.3f} s = {len(train_data) / median_epoch:.0f} rows/s')

    sample_seconds = []
    for _ in range(3):
        start = time.perf_counter()
        sample()
        sample_seconds.append(time.perf_counter() - start)
    median_sample = statistics.median(sample_seconds)
    print(f'sampling (model output) {args.sample} rows: median {median_sample:.3f} s = '
          f'{args.sample / median_sample:.0f} rows/s')
    print(f'peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB')
    print(f'torch {torch.__version__} ({torch.get_num_threads()} threads), numpy {np.__version__}, '
          f'pandas {pd.__version__}')
    if device.type == 'cuda':
        print(f'GPU: {torch.cuda.get_device_name(device)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
