/*
 * The monitoring screen's charts (Apache ECharts). Each chart element names the table of its numbers
 * (data-source); the table's column headers marked data-series are the series, its row headers the categories.
 * Drawing from the table keeps one source for the chart and what a screen reader reads. The panels are swapped
 * in by htmx every minute: new chart elements are drawn, charts of removed ones released. The assessment's
 * indicators page draws its trend (data-chart="line") the same way.
 */
(function () {
  'use strict';

  /* Colours with at least 3:1 contrast on white, in the order of the series. */
  var PALETTE = ['#0b4fa3', '#1d6b30', '#b26a00', '#6a1b9a', '#a0151b', '#00695c', '#4a5360', '#ad1457'];
  /* Overdue is red and at risk amber, as everywhere in the workbench. */
  var SERIES_COLOURS = { overdue: '#a0151b', atRisk: '#b26a00' };
  var charts = [];

  function cellNumber(cell) {
    return Number(cell.textContent.replace(/[^0-9.\-]/g, '')) || 0;
  }

  function numbersOf(table) {
    var columns = Array.prototype.filter.call(table.tHead.rows[0].cells, function (cell) {
      return cell.hasAttribute('data-series');
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    return {
      categories: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
      series: columns.map(function (column) {
        return {
          key: column.getAttribute('data-series'),
          name: column.textContent.trim(),
          values: rows.map(function (row) { return cellNumber(row.cells[column.cellIndex]); })
        };
      })
    };
  }

  /* Bars side by side, or for long names (bureaus) lying down, one row a name. */
  function barOption(numbers, stacked, horizontal) {
    var categories = { type: 'category', data: numbers.categories, axisLabel: { interval: 0, hideOverlap: true } };
    var values = { type: 'value', minInterval: 1 };
    if (horizontal) {
      categories.inverse = true;
    }
    return {
      animation: false,
      color: PALETTE,
      grid: { left: 8, right: 24, top: numbers.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      legend: { show: numbers.series.length > 1, top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? values : categories,
      yAxis: horizontal ? categories : values,
      series: numbers.series.map(function (series) {
        return {
          type: 'bar',
          name: series.name,
          data: series.values,
          stack: stacked ? 'all' : undefined,
          itemStyle: SERIES_COLOURS[series.key] ? { color: SERIES_COLOURS[series.key] } : undefined,
          label: {
            show: true,
            position: stacked ? 'inside' : (horizontal ? 'right' : 'top'),
            color: stacked ? '#ffffff' : '#1b1f24',
            formatter: function (bar) { return bar.value ? String(bar.value) : ''; }
          }
        };
      })
    };
  }

  function pieOption(numbers) {
    var series = numbers.series[0];
    return {
      animation: false,
      color: PALETTE,
      tooltip: { trigger: 'item' },
      series: [{
        type: 'pie',
        name: series.name,
        radius: ['35%', '65%'],
        label: { formatter: '{b}: {c}', color: '#1b1f24' },
        data: numbers.categories
          .map(function (category, i) { return { name: category, value: series.values[i] }; })
          .filter(function (slice) { return slice.value > 0; })
      }]
    };
  }

  /* One line a series over the rows (months), for rates in per cent; a row without a number leaves a gap. */
  function lineOption(numbers, table) {
    return {
      animation: false,
      color: PALETTE,
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: numbers.categories },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: numbers.series.map(function (series, s) {
        return {
          type: 'line',
          name: series.name,
          connectNulls: false,
          data: Array.prototype.map.call(table.tBodies[0].rows, function (row, i) {
            var cell = row.cells[table.tHead.rows[0].querySelectorAll('[data-series]')[s].cellIndex];
            return /[0-9]/.test(cell.textContent) ? series.values[i] : null;
          })
        };
      })
    };
  }

  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-source'));
    if (!table || window.echarts.getInstanceByDom(element)) {
      return;
    }
    var numbers = numbersOf(table);
    var horizontal = element.getAttribute('data-horizontal') === 'true';
    if (horizontal) {
      /* room for every row: a long list of bureaus grows the chart rather than squeezing the bars */
      element.style.height = Math.max(256, 48 + numbers.categories.length * 32) + 'px';
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    var kind = element.getAttribute('data-chart');
    chart.setOption(kind === 'pie'
      ? pieOption(numbers)
      : kind === 'line'
        ? lineOption(numbers, table)
        : barOption(numbers, element.getAttribute('data-stacked') === 'true', horizontal));
    charts.push(chart);
  }

  function drawAll() {
    if (!window.echarts) {
      return;
    }
    charts = charts.filter(function (chart) {
      if (document.body.contains(chart.getDom())) {
        return true;
      }
      chart.dispose();
      return false;
    });
    document.querySelectorAll('[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
